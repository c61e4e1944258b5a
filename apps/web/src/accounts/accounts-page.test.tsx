// The accounts page's states: my at-risk accounts with churn risk in words, the toggle to all accounts, empty lists, and the CTA queue.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderPage } from "../test/render";
import { AccountsPage, AccountsPageQuery, accountsVariables } from "./accounts-page";
import { AccountsCtaQueueQuery, CTA_QUEUE_SIZE } from "./cta-queue";

function account(id: string, name: string, churn: { probability: number; riskCategory: string } | null) {
  return {
    __typename: "Account",
    id,
    name,
    domain: `${id}.example`,
    healthScore: 38,
    healthTrend: "DECLINING",
    lifecycleStage: "ACTIVE",
    atRisk: true,
    renewalDate: "2026-09-01T00:00:00.000Z",
    healthHistory: [
      { __typename: "AccountHealthPoint", score: 38, recordedAt: "2026-05-01T00:00:00.000Z" },
      { __typename: "AccountHealthPoint", score: 61, recordedAt: "2026-04-01T00:00:00.000Z" },
    ],
    churnRisk: churn && {
      __typename: "ChurnPrediction",
      ...churn,
      confidence: "MEDIUM",
      source: "MODEL",
      explanation: `${name} has not logged in for 40 days and renews in 3 months.`,
      recommendations: [{ __typename: "ChurnRecommendation", playbook: "RISK", action: "Book an executive check-in", reason: "Usage fell by half" }],
      factors: [{ __typename: "ChurnFactor", label: "Days since last login", value: 40, contribution: 0.8 }],
    },
  };
}

function accountsMock(view: "mine-at-risk" | "all", accounts: ReturnType<typeof account>[], page: { after?: string; hasNextPage?: boolean; totalCount?: number } = {}) {
  const edges = accounts.map((node) => ({ __typename: "AccountEdge", cursor: `cursor-${node.id}`, node }));
  const connection = {
    __typename: "AccountConnection",
    totalCount: page.totalCount ?? accounts.length,
    pageInfo: { __typename: "PageInfo", hasNextPage: page.hasNextPage ?? false, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
  };
  const variables = page.after ? { ...accountsVariables(view), after: page.after } : accountsVariables(view);
  return { request: { query: AccountsPageQuery, variables }, result: { data: { __typename: "Query", accounts: connection } } };
}

function cta(id: string, accountName: string, priority: string, dueAt: string) {
  return {
    __typename: "Cta",
    id,
    type: "RISK",
    reason: "CHURN_RISK_HIGH",
    priority,
    dueAt,
    source: "PREDICTION",
    account: { __typename: "Account", id: `acct-${id}`, name: accountName },
  };
}

function ctaMock(nodes: ReturnType<typeof cta>[], totalCount = nodes.length) {
  return {
    request: { query: AccountsCtaQueueQuery, variables: { first: CTA_QUEUE_SIZE } },
    result: { data: { __typename: "Query", ctas: { __typename: "CtaConnection", totalCount, nodes } } },
  };
}

function rowTexts(table: HTMLElement) {
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) => Array.from(r.querySelectorAll(":scope > th, :scope > td"), (c) => c.textContent ?? ""));
}

describe("AccountsPage", () => {
  it("lists my at-risk accounts with churn risk written out, and my CTA queue with account, type, reason, priority and due date", async () => {
    renderPage(<AccountsPage />, {
      mocks: [
        accountsMock("mine-at-risk", [account("a1", "Harbor Dental", { probability: 0.82, riskCategory: "CRITICAL" }), account("a2", "Lakeside Gym", null)]),
        ctaMock([cta("c1", "Harbor Dental", "URGENT", "2020-01-02T00:00:00.000Z"), cta("c2", "Lakeside Gym", "MEDIUM", "2099-01-02T00:00:00.000Z")], 7),
      ],
    });
    const accounts = await screen.findByRole("table", { name: "My at-risk accounts, least healthy first" });
    const rows = rowTexts(accounts);
    expect(rows.map((r) => r[0])).toEqual(["Harbor Dentala1.example", "Lakeside Gyma2.example"]);
    expect(rows[0]![2]).toContain("82% churn · Critical risk · Medium confidence · model");
    expect(rows[0]![2]).toContain("has not logged in for 40 days");
    expect(rows[0]![2]).toContain("Book an executive check-in (Risk playbook) — Usage fell by half");
    expect(rows[0]![2]).toContain("Days since last login (40): ▲ raises risk by 0.80");
    expect(rows[1]![2]).toBe("No prediction");

    const queue = await screen.findByRole("table", { name: "My open calls to action, most urgent first" });
    const ctaRows = rowTexts(queue);
    expect(ctaRows.map((r) => r.slice(0, 4))).toEqual([
      ["Harbor Dental", "Risk", "Churn risk highFrom prediction", "Urgent priority"],
      ["Lakeside Gym", "Risk", "Churn risk highFrom prediction", "Medium priority"],
    ]);
    expect(ctaRows[0]![4]).toMatch(/^Jan 2, 2020Overdue, /);
    expect(ctaRows[1]![4]).not.toContain("Overdue");
    expect(screen.getByText(/The 2 most urgent of 7 open/)).toBeTruthy();
  });

  it("says so when none of my accounts is at risk and I have no CTA, and the toggle shows all accounts", async () => {
    renderPage(<AccountsPage />, {
      mocks: [accountsMock("mine-at-risk", []), ctaMock([]), accountsMock("all", [account("a3", "Summit Bakery", { probability: 0.12, riskCategory: "LOW" })])],
    });
    expect(await screen.findByText("None of your accounts is at risk.")).toBeTruthy();
    expect(await screen.findByText("No open calls to action for you.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();

    await userEvent.click(screen.getByRole("radio", { name: "All accounts" }));
    const all = await screen.findByRole("table", { name: "All accounts, least healthy first" });
    expect(rowTexts(all)[0]![2]).toContain("12% churn · Low risk");
  });

  it("loads the next page after the last account shown, keeping the first page", async () => {
    renderPage(<AccountsPage />, {
      mocks: [
        accountsMock("mine-at-risk", [account("a1", "Harbor Dental", null)], { hasNextPage: true, totalCount: 2 }),
        accountsMock("mine-at-risk", [account("a2", "Lakeside Gym", null)], { after: "cursor-a1", totalCount: 2 }),
        ctaMock([]),
      ],
    });
    const table = await screen.findByRole("table", { name: "My at-risk accounts, least healthy first" });
    expect(screen.getByText("Showing 1 of 2")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Load more accounts" }));
    expect(await screen.findByText("End of the list.")).toBeTruthy();
    expect(rowTexts(table).map((r) => r[0])).toEqual(["Harbor Dentala1.example", "Lakeside Gyma2.example"]);
    expect(screen.getByText("Showing 2 of 2")).toBeTruthy();
  });

  it("shows the server's message when accounts cannot be loaded", async () => {
    renderPage(<AccountsPage />, {
      mocks: [{ request: { query: AccountsPageQuery, variables: accountsVariables("mine-at-risk") }, error: new Error("Not signed in") }, ctaMock([])],
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Accounts could not be loaded. Not signed in");
  });
});
