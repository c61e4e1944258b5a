// The work list's states (loading, empty, error, data) and one-click recording, with the API mocked at the Apollo link.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderPage } from "../test/render";
import { WORKLIST_PAGE_SIZE, WorklistPage, WorklistPageQuery } from "./worklist-page";
import { RecordLeadOutcomeDocument } from "@revgraph/client/graphql";

const variables = { first: WORKLIST_PAGE_SIZE, filter: {}, orderBy: "PROBABILITY" as const };

function edge(id: string, name: string, probability: number, extra: { temperature?: string; priority?: string } = {}) {
  return {
    __typename: "WorklistEdge",
    cursor: `cursor-${id}`,
    probability,
    confidence: "HIGH",
    expectedValue: probability * 100_000,
    node: {
      __typename: "Lead",
      id,
      name,
      company: "Granite Networks",
      source: "Website",
      status: "CONTACTED",
      value: 100_000,
      score: 40,
      nextAction: { __typename: "NextAction", action: "CALL", priority: extra.priority ?? "URGENT", dueAt: "2026-12-01T10:00:00.000Z" },
      profile: extra.temperature ? { __typename: "CustomerProfile", id: `profile-${id}`, temperature: extra.temperature } : null,
      lastActivity: [],
    },
  };
}

function worklistResult(edges: ReturnType<typeof edge>[], hasNextPage = false) {
  return {
    data: {
      __typename: "Query",
      worklist: {
        __typename: "WorklistConnection",
        totalCount: edges.length,
        modelVersion: "rep-v3",
        pageInfo: { __typename: "PageInfo", hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    },
  };
}

describe("WorklistPage", () => {
  it("says it is loading until the list arrives", async () => {
    renderPage(<WorklistPage />, { mocks: [{ request: { query: WorklistPageQuery, variables }, result: worklistResult([]), delay: 50 }] });
    expect(screen.getByRole("status")).toHaveProperty("textContent", "Loading your work list…");
    await screen.findByText("No open leads match.");
  });

  it("shows an empty state when the rep has no open lead", async () => {
    renderPage(<WorklistPage />, { mocks: [{ request: { query: WorklistPageQuery, variables }, result: worklistResult([]) }] });
    expect(await screen.findByText("No open leads match.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("shows the server's error message when the list cannot be loaded", async () => {
    renderPage(<WorklistPage />, { mocks: [{ request: { query: WorklistPageQuery, variables }, error: new Error("gateway unreachable") }] });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The work list could not be loaded");
    expect(alert.textContent).toContain("gateway unreachable");
  });

  it("lists leads in the server's order with probability, confidence, next action and temperature in words", async () => {
    const edges = [edge("l1", "Asha Rao", 0.82, { temperature: "HOT", priority: "URGENT" }), edge("l2", "Ben Okafor", 0.31, { priority: "LOW" })];
    renderPage(<WorklistPage />, { mocks: [{ request: { query: WorklistPageQuery, variables }, result: worklistResult(edges, true) }] });
    const rows = within(await screen.findByRole("table"))
      .getAllByRole("row")
      .slice(1);
    expect(rows.map((r) => within(r).getByRole("link").textContent)).toEqual(["Asha Rao", "Ben Okafor"]);
    expect(rows[0]!.textContent).toContain("82% · High confidence");
    expect(rows[0]!.textContent).toContain("Urgent priority");
    expect(rows[0]!.textContent).toContain("Hot");
    expect(rows[1]!.textContent).toContain("31%");
    expect(rows[1]!.textContent).toContain("No profile");
    expect(screen.getByRole("button", { name: "Load more" })).toBeTruthy();
    expect(screen.getByText(/Showing 2 of 2 · model rep-v3/)).toBeTruthy();
  });

  it("asks the server for the ticked temperatures and shows only what it returns", async () => {
    const user = userEvent.setup();
    renderPage(<WorklistPage />, {
      mocks: [
        { request: { query: WorklistPageQuery, variables }, result: worklistResult([edge("l1", "Asha Rao", 0.82, { temperature: "HOT" }), edge("l2", "Ben Okafor", 0.31)]) },
        {
          request: { query: WorklistPageQuery, variables: { ...variables, filter: { temperatures: ["HOT"] } } },
          result: worklistResult([edge("l1", "Asha Rao", 0.82, { temperature: "HOT" })]),
        },
      ],
    });
    await screen.findByText("Ben Okafor", {}, { timeout: 5000 });
    await user.click(within(screen.getByRole("group", { name: "Temperature" })).getByRole("checkbox", { name: "Hot" }));
    // Generous timeouts: the refetch goes through the router and the mocked link, slow on a busy machine.
    expect(await screen.findByText(/Showing 1 of 1/, {}, { timeout: 5000 })).toBeTruthy();
    await waitFor(() => expect(screen.queryByText("Ben Okafor")).toBeNull(), { timeout: 5000 });
    expect(screen.getByText("Asha Rao")).toBeTruthy();
  });

  it("marks a lead won at once, and puts it back with the server's UserError when the server refuses", async () => {
    const user = userEvent.setup();
    renderPage(<WorklistPage />, {
      mocks: [
        { request: { query: WorklistPageQuery, variables }, result: worklistResult([edge("l1", "Asha Rao", 0.82)]) },
        {
          request: {
            query: RecordLeadOutcomeDocument,
            variables: (vars: Record<string, any>) => vars.input.leadId === "l1" && vars.input.outcome === "WON" && typeof vars.input.idempotencyKey === "string",
          },
          // Long enough that a loaded machine still renders the optimistic row before the answer.
          delay: 2000,
          result: {
            data: {
              __typename: "Mutation",
              recordConversion: {
                __typename: "RecordConversionPayload",
                replayed: false,
                lead: null,
                errors: [{ __typename: "UserError", field: "input.leadId", code: "LEAD_CLOSED", message: "The lead is already closed" }],
              },
            },
          },
        },
      ],
    });
    const row = within(await screen.findByRole("table")).getAllByRole("row")[1]!;
    expect(within(row).getByText("Contacted")).toBeTruthy();
    await user.click(within(row).getByRole("button", { name: "Mark Asha Rao won" }));
    // Optimistic: the row says Won before the server answers…
    expect(within(row).getByText("Won", { selector: ".badge" })).toBeTruthy();
    // …and goes back to what the server has, with its reason, when it refuses.
    expect((await screen.findByRole("alert", undefined, { timeout: 10_000 })).textContent).toContain("The lead is already closed");
    await waitFor(() => expect(within(row).getByText("Contacted")).toBeTruthy());
  });
});
