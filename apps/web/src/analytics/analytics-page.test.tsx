// The analytics page's states (loading, data, empty, error), with the API mocked at the Apollo link.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderPage } from "../test/render";
import { AnalyticsPage, AnalyticsPageQuery } from "./analytics-page";

function row(key: string, leads: number, won: number, lost: number, wonValue = won * 50_000) {
  return { __typename: "WinRateRow", key, leads, won, lost, open: leads - won - lost, winRate: won + lost ? won / (won + lost) : null, wonValue };
}

function stage(status: string, reached: number, won: number, lostHere: number, stepRate: number | null) {
  return { __typename: "FunnelStage", status, reached, won, lostHere, stepRate, conversionRate: reached ? won / reached : null };
}

const calibration = [
  { __typename: "CalibrationBin", from: 0, to: 0.1, count: 40, meanPredicted: 0.05, observedRate: 0.075 },
  { __typename: "CalibrationBin", from: 0.5, to: 0.6, count: 12, meanPredicted: 0.55, observedRate: 0.5 },
];

const lift = [
  { __typename: "LiftDecile", decile: 1, count: 10, meanPredicted: 0.62, observedRate: 0.6, lift: 2.4, cumulativeShareOfWins: 0.48 },
  { __typename: "LiftDecile", decile: 2, count: 10, meanPredicted: 0.31, observedRate: 0.2, lift: 0.8, cumulativeShareOfWins: 0.64 },
];

const quality = (auc: number, brier: number) => ({ __typename: "ModelQuality", auc, brier, logLoss: 0.5, calibrationError: 0.04 });
const versions = [
  {
    __typename: "ModelMetricsPoint",
    id: "m1",
    level: "ORGANIZATION",
    userId: null,
    version: 1,
    active: false,
    trainedAt: "2026-03-01T09:00:00.000Z",
    activatedAt: "2026-03-01T09:00:00.000Z",
    trainingLeads: 300,
    backtestLeads: 120,
    backtestWins: 30,
    model: quality(0.71, 0.18),
    default: { __typename: "ModelQuality", auc: 0.62, brier: 0.2 },
  },
  {
    __typename: "ModelMetricsPoint",
    id: "m2",
    level: "REP",
    userId: "rep-alice",
    version: 2,
    active: true,
    trainedAt: "2026-04-01T09:00:00.000Z",
    activatedAt: null,
    trainingLeads: 80,
    backtestLeads: 40,
    backtestWins: 12,
    model: quality(0.78, 0.16),
    default: { __typename: "ModelQuality", auc: 0.6, brier: 0.21 },
  },
];

function result(data: {
  bySource: ReturnType<typeof row>[];
  byRep: ReturnType<typeof row>[];
  byMonth: ReturnType<typeof row>[];
  funnel: ReturnType<typeof stage>[];
  bins: typeof calibration;
  lift?: typeof lift;
  versions?: typeof versions;
}) {
  return {
    data: {
      __typename: "Query",
      bySource: data.bySource,
      byRep: data.byRep,
      byMonth: data.byMonth,
      funnel: data.funnel,
      modelMetricsHistory: { __typename: "ModelMetricsConnection", totalCount: data.versions?.length ?? 0, nodes: data.versions ?? [] },
      scoringModel: {
        __typename: "ScoringModel",
        version: 4,
        level: "TEAM",
        trainedAt: "2026-05-01T09:00:00.000Z",
        evaluation: data.bins.length
          ? { __typename: "ModelEvaluation", backtest: { __typename: "ModelBacktest", horizonDays: 90, calibration: data.bins, lift: data.lift ?? [] } }
          : { __typename: "ModelEvaluation", backtest: null },
      },
    },
  };
}

const full = result({
  bySource: [row("Website", 120, 30, 50), row("Referral", 40, 20, 5)],
  byRep: [row("rep-alice", 90, 25, 30), row("rep-bob", 70, 25, 25)],
  // Newest first, as a server might group them: the page shows months oldest first.
  byMonth: [row("2026-04", 30, 2, 1), row("2026-03", 50, 10, 20)],
  funnel: [stage("NEW", 160, 50, 10, null), stage("CONTACTED", 120, 50, 20, 0.75), stage("QUALIFIED", 80, 50, 25, 2 / 3), stage("WON", 50, 50, 0, 0.625)],
  bins: calibration,
  lift,
  versions,
});

function tableOf(heading: string) {
  const section = screen.getByRole("heading", { name: heading }).closest("section");
  if (!section) throw new Error(`no section for ${heading}`);
  return within(section as HTMLElement).getByRole("table");
}

function bodyRows(table: HTMLElement) {
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) => Array.from(r.querySelectorAll("th, td"), (c) => c.textContent));
}

describe("AnalyticsPage", () => {
  it("says it is loading, then shows win rates by source, rep and month, the funnel and calibration as tables", async () => {
    renderPage(<AnalyticsPage />, { mocks: [{ request: { query: AnalyticsPageQuery }, result: full, delay: 30 }] });
    expect(screen.getByRole("status").textContent).toBe("Loading analytics…");
    await screen.findByRole("heading", { name: "Win rate by source" });

    expect(bodyRows(tableOf("Win rate by source"))).toEqual([
      ["Website", "120", "30", "50", "40", "37.5%", "$1,500,000"],
      ["Referral", "40", "20", "5", "15", "80.0%", "$1,000,000"],
    ]);
    expect(bodyRows(tableOf("Win rate by rep")).map((r) => [r[0], r[5]])).toEqual([
      ["rep-alice", "45.5%"],
      ["rep-bob", "50.0%"],
    ]);
    expect(bodyRows(tableOf("Win rate by month created")).map((r) => r[0])).toEqual(["2026-03", "2026-04"]);
    expect(bodyRows(tableOf("Funnel"))).toEqual([
      ["New", "160", "—", "50", "10", "31.3%"],
      ["Contacted", "120", "75.0%", "50", "20", "41.7%"],
      ["Qualified", "80", "66.7%", "50", "25", "62.5%"],
      ["Won", "50", "62.5%", "50", "0", "100.0%"],
    ]);
    expect(bodyRows(tableOf("Calibration"))).toEqual([
      ["0%–10%", "40", "5.0%", "7.5%"],
      ["50%–60%", "12", "55.0%", "50.0%"],
    ]);
    expect(bodyRows(tableOf("Lift by probability decile"))).toEqual([
      ["1", "10", "62.0%", "60.0%", "2.40×", "48.0%"],
      ["2", "10", "31.0%", "20.0%", "0.80×", "64.0%"],
    ]);
    expect(screen.getByText(/Team model v4/)).toBeTruthy();
    expect(bodyRows(tableOf("Model metrics over time")).map((r) => [r[0], r[2], r[3], r[4], r[5], r[6], r[7]])).toEqual([
      ["Team v1", expect.stringMatching(/^Mar 1/), "300", "120 (30 won)", "0.710", "0.620", "0.180"],
      ["rep-alice v2Active", "Never", "80", "40 (12 won)", "0.780", "0.600", "0.160"],
    ]);
  });

  it("says so when there are no leads to count and no backtest", async () => {
    const empty = result({ bySource: [], byRep: [], byMonth: [], funnel: [stage("NEW", 0, 0, 0, null)], bins: [] });
    renderPage(<AnalyticsPage />, { mocks: [{ request: { query: AnalyticsPageQuery }, result: empty }] });
    expect(await screen.findAllByText("No leads to count yet.")).toHaveLength(3);
    expect(screen.getByText("No lead has a status history yet.")).toBeTruthy();
    expect(screen.getByText(/No backtest yet/)).toBeTruthy();
    expect(screen.getByText(/No lift yet/)).toBeTruthy();
    expect(screen.getByText(/No trained model yet/)).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("shows the server's message when analytics cannot be loaded", async () => {
    renderPage(<AnalyticsPage />, { mocks: [{ request: { query: AnalyticsPageQuery }, error: new Error("Only managers and admins may see the organization") }] });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Analytics could not be loaded");
    expect(alert.textContent).toContain("Only managers and admins may see the organization");
    expect(screen.queryByRole("table")).toBeNull();
  });
});
