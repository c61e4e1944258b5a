// The lead page's states: loading, not found (also another organization's lead), error, and the prediction with its factors.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderPage } from "../test/render";
import { LeadPage, LeadPageQuery } from "./lead-page";

const route = "/leads/:id";
const path = "/leads/lead-1";
const variables = { id: "lead-1" };

const lead = {
  __typename: "Lead",
  id: "lead-1",
  name: "Asha Rao",
  company: "Granite Networks",
  email: "asha@granite.example",
  source: "Referral",
  status: "QUALIFIED",
  value: 250_000,
  score: 72,
  createdAt: "2026-11-01T09:00:00.000Z",
  closedAt: null,
  lastActivity: [{ __typename: "Activity", id: "a2", type: "SITE_VISIT", occurredAt: "2026-11-20T09:00:00.000Z" }],
  activities: [
    { __typename: "Activity", id: "a2", type: "SITE_VISIT", occurredAt: "2026-11-20T09:00:00.000Z" },
    { __typename: "Activity", id: "a1", type: "CALL", occurredAt: "2026-11-02T09:00:00.000Z" },
  ],
  prediction: {
    __typename: "Prediction",
    id: "p1",
    probability: 0.64,
    confidence: "MEDIUM",
    personalized: true,
    reasoning: "Site visits are your strongest signal: 64% to convert.",
    modelVersion: "rep-v2",
    predictedAt: "2026-11-21T09:00:00.000Z",
    factors: [
      { __typename: "PredictionFactor", name: "site_visits", label: "site visits", value: 1, contribution: 0.9 },
      { __typename: "PredictionFactor", name: "days_idle", label: "days since the last activity", value: 12, contribution: -0.4 },
    ],
  },
  nextAction: { __typename: "NextAction", action: "MEETING", priority: "HIGH", reasoning: "They visited the site; meet while it is fresh.", dueAt: "2026-11-22T09:00:00.000Z" },
  profile: null,
  account: null,
};

describe("LeadPage", () => {
  it("says it is loading until the lead arrives", async () => {
    renderPage(<LeadPage />, { route, path, mocks: [{ request: { query: LeadPageQuery, variables }, result: { data: { __typename: "Query", lead } }, delay: 50 }] });
    expect(screen.getByRole("status").textContent).toBe("Loading the lead…");
    await screen.findByRole("heading", { name: "Top factors" });
  });

  it("says not found when the lead is null, as another organization's lead is", async () => {
    renderPage(<LeadPage />, { route, path, mocks: [{ request: { query: LeadPageQuery, variables }, result: { data: { __typename: "Query", lead: null } } }] });
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("Lead not found");
  });

  it("shows the error when the lead cannot be loaded", async () => {
    renderPage(<LeadPage />, { route, path, mocks: [{ request: { query: LeadPageQuery, variables }, error: new Error("network down") }] });
    expect((await screen.findByRole("alert")).textContent).toContain("network down");
  });

  it("shows the prediction with its factors' signed effects, the reasoning, the next action and the timeline", async () => {
    renderPage(<LeadPage />, { route, path, mocks: [{ request: { query: LeadPageQuery, variables }, result: { data: { __typename: "Query", lead } } }] });
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toContain("Asha Rao");
    expect(document.querySelector(".probability-text")?.textContent).toBe("64% · Medium confidence");
    expect(screen.getByText("Site visits are your strongest signal: 64% to convert.")).toBeTruthy();
    expect(screen.getByText(/Your own model \(rep-v2\)/)).toBeTruthy();
    const factorRows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(factorRows.map((r) => r.textContent)).toEqual(["site visits1▲ +raises by 0.90", "days since the last activity12▼ −lowers by 0.40"]);
    expect(screen.getByText("They visited the site; meet while it is fresh.")).toBeTruthy();
    expect(screen.getByText("Nothing recorded about this customer yet.")).toBeTruthy();
    expect(screen.getByText("No customer account matches this lead's email domain.")).toBeTruthy();
    expect(within(screen.getByRole("list")).getAllByRole("listitem")).toHaveLength(2);
  });
});
