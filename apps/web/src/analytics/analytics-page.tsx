/**
 * Analytics (manager/analyst): win rate and volume by source, rep and month, the funnel from the leads'
 * status history, and how well the active scoring model's probabilities held on its backtest
 * (calibration and lift by decile), and every model version's backtest metrics over time.
 * Managers and admins see the organization; the server narrows a rep to their own leads.
 */
import { useQuery } from "@apollo/client/react";
import { graphql } from "@revgraph/client";
import { CalibrationChart } from "../model/calibration-chart";
import { enumLabel, formatDateTime } from "../ui/format";
import { ErrorNotice, Loading } from "../ui/query-state";
import { FunnelChart } from "./funnel-chart";
import { LiftChart } from "./lift-chart";
import { ModelMetricsChart } from "./model-metrics-chart";
import { WinRateChart } from "./win-rate-chart";

export const AnalyticsPageQuery = graphql(`
  query AnalyticsPage {
    bySource: winRates(groupBy: SOURCE) {
      key
      ...WinRateChart_row
    }
    byRep: winRates(groupBy: REP) {
      key
      ...WinRateChart_row
    }
    byMonth: winRates(groupBy: MONTH) {
      key
      ...WinRateChart_row
    }
    funnel {
      status
      ...FunnelChart_stage
    }
    scoringModel {
      version
      level
      trainedAt
      ...CalibrationChart_model
      ...LiftChart_model
    }
    modelMetricsHistory(first: 100) {
      ...ModelMetricsChart_history
    }
  }
`);

export function AnalyticsPage() {
  const { data, loading, error } = useQuery(AnalyticsPageQuery);
  // Months read left to right, oldest first, whatever order the server groups them in.
  const byMonth = data ? [...data.byMonth].sort((a, b) => a.key.localeCompare(b.key)) : [];
  return (
    <section aria-labelledby="analytics-title">
      <h1 id="analytics-title">Analytics</h1>
      {loading && !data ? <Loading label="Loading analytics…" /> : null}
      {error && !data ? <ErrorNotice error={error} title="Analytics could not be loaded" /> : null}
      {data ? (
        <p className="muted">
          Calibration of the active scoring model: {enumLabel(data.scoringModel.level)} model
          {data.scoringModel.version != null ? ` v${data.scoringModel.version}` : ""}, trained {formatDateTime(data.scoringModel.trainedAt)}.
        </p>
      ) : null}
      {data ? (
        <div className="grid">
          <WinRateChart id="win-rate-by-source" title="Win rate by source" keyLabel="Source" rows={data.bySource} />
          <WinRateChart id="win-rate-by-rep" title="Win rate by rep" keyLabel="Rep" rows={data.byRep} />
          <WinRateChart id="win-rate-by-month" title="Win rate by month created" keyLabel="Month" rows={byMonth} />
          <FunnelChart stages={data.funnel} />
          <CalibrationChart model={data.scoringModel} />
          <LiftChart model={data.scoringModel} />
          <ModelMetricsChart history={data.modelMetricsHistory} />
        </div>
      ) : null}
    </section>
  );
}
