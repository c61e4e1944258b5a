/** Model metrics over time: each trained model version's backtest AUC against the default weights' on the same leads, with every figure in a table. */
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDateTime } from "../ui/format";

export const ModelMetricsChartFragment = graphql(`
  fragment ModelMetricsChart_history on ModelMetricsConnection {
    totalCount
    nodes {
      id
      level
      userId
      version
      active
      trainedAt
      activatedAt
      trainingLeads
      backtestLeads
      backtestWins
      model {
        auc
        brier
        logLoss
        calibrationError
      }
      default {
        auc
        brier
      }
    }
  }
`);

function fixed(value: number | null | undefined, digits = 3): string {
  return value == null ? "—" : value.toFixed(digits);
}

export function ModelMetricsChart(props: { history: FragmentType<typeof ModelMetricsChartFragment> }) {
  const history = getFragmentData(ModelMetricsChartFragment, props.history);
  const points = history.nodes.map((p) => ({
    time: Date.parse(p.trainedAt),
    team: p.level === "ORGANIZATION" ? (p.model?.auc ?? null) : null,
    rep: p.level === "REP" ? (p.model?.auc ?? null) : null,
    baseline: p.default?.auc ?? null,
  }));
  const owner = (p: (typeof history.nodes)[number]) => (p.level === "ORGANIZATION" ? "Team" : (p.userId ?? "Rep"));
  return (
    <section className="panel wide" aria-labelledby="model-metrics-title">
      <h2 id="model-metrics-title">Model metrics over time</h2>
      {!history.nodes.length ? (
        <p className="muted">No trained model yet: versions appear here after the first training.</p>
      ) : (
        <figure className="chart" data-testid="model-metrics-chart">
          <div aria-hidden="true" style={{ width: "100%", height: 260 }}>
            <ResponsiveContainer>
              <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="time" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={(t: number) => new Date(t).toLocaleDateString()} />
                <YAxis domain={[0.4, 1]} tickFormatter={(v: number) => v.toFixed(2)} />
                <Tooltip labelFormatter={(t) => formatDateTime(new Date(Number(t)).toISOString())} formatter={(v) => fixed(Number(v))} />
                <Legend />
                <Line dataKey="team" name="Team model AUC" stroke="#1f5fa8" strokeDasharray="" connectNulls isAnimationActive={false} />
                <Line dataKey="rep" name="Rep models AUC" stroke="#b3541e" strokeDasharray="6 3" connectNulls isAnimationActive={false} />
                <Line dataKey="baseline" name="Default weights AUC" stroke="#666" strokeDasharray="2 2" connectNulls isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </div>
          <figcaption className="muted small">
            Each version's AUC on its as-of backtest (leads open at past dates, judged by what happened next), beside the default weights' on the same leads.
            {history.totalCount > history.nodes.length ? ` The oldest ${history.nodes.length} of ${history.totalCount} versions.` : ""}
          </figcaption>
          <table>
            <caption className="visually-hidden">Model versions with their backtest metrics, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Trained</th>
                <th scope="col">Activated</th>
                <th scope="col">Training leads</th>
                <th scope="col">Backtest leads</th>
                <th scope="col">AUC</th>
                <th scope="col">Default AUC</th>
                <th scope="col">Brier</th>
                <th scope="col">Log loss</th>
                <th scope="col">Calibration error</th>
              </tr>
            </thead>
            <tbody>
              {history.nodes.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {owner(p)} v{p.version}
                    {p.active ? <span className="badge">Active</span> : null}
                  </th>
                  <td>{formatDateTime(p.trainedAt)}</td>
                  <td>{p.activatedAt ? formatDateTime(p.activatedAt) : "Never"}</td>
                  <td className="numeric">{p.trainingLeads}</td>
                  <td className="numeric">
                    {p.backtestLeads} ({p.backtestWins} won)
                  </td>
                  <td className="numeric">{fixed(p.model?.auc)}</td>
                  <td className="numeric">{fixed(p.default?.auc)}</td>
                  <td className="numeric">{fixed(p.model?.brier)}</td>
                  <td className="numeric">{fixed(p.model?.logLoss)}</td>
                  <td className="numeric">{fixed(p.model?.calibrationError)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}
    </section>
  );
}
