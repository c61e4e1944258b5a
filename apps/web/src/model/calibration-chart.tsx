/** The reliability chart of a model's backtest: predicted probability against how often those leads were won. */
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import { percent } from "../ui/format";

export const CalibrationChartFragment = graphql(`
  fragment CalibrationChart_model on ScoringModel {
    evaluation {
      backtest {
        horizonDays
        calibration {
          from
          to
          count
          meanPredicted
          observedRate
        }
      }
    }
  }
`);

const DIAGONAL = [
  { meanPredicted: 0, ideal: 0 },
  { meanPredicted: 1, ideal: 1 },
];

export function CalibrationChart(props: { model: FragmentType<typeof CalibrationChartFragment> }) {
  const backtest = getFragmentData(CalibrationChartFragment, props.model).evaluation?.backtest;
  const bins = backtest?.calibration.filter((b) => b.count > 0) ?? [];
  return (
    <section className="panel" aria-labelledby="calibration-title">
      <h2 id="calibration-title">Calibration</h2>
      {!bins.length ? (
        <p className="muted">No backtest yet: calibration shows after your model's first training with enough outcomes.</p>
      ) : (
        <figure className="chart" data-testid="calibration-chart">
          <div aria-hidden="true" style={{ width: "100%", height: 300 }}>
            <ResponsiveContainer>
              <ComposedChart accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis
                  type="number"
                  dataKey="meanPredicted"
                  name="Mean predicted"
                  domain={[0, 1]}
                  tickFormatter={(v: number) => percent(v)}
                  label={{ value: "Predicted", position: "bottom" }}
                />
                <YAxis type="number" name="Won" domain={[0, 1]} tickFormatter={(v: number) => percent(v)} label={{ value: "Won", angle: -90, position: "insideLeft" }} />
                <ZAxis type="number" dataKey="count" name="Leads" range={[40, 400]} />
                <Tooltip formatter={(v, name) => (name === "Leads" ? v : percent(Number(v), 1))} />
                <Line data={DIAGONAL} dataKey="ideal" stroke="#888" strokeDasharray="4 4" dot={false} isAnimationActive={false} name="Perfectly calibrated" />
                <Scatter data={bins} dataKey="observedRate" fill="#1f5fa8" isAnimationActive={false} name="Observed" />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <figcaption className="muted small">
            Leads open at past dates, grouped by the probability the model gave them, against the share won within {backtest?.horizonDays} days. Points on the dashed line are
            perfectly calibrated; larger points hold more leads.
          </figcaption>
          <details>
            <summary>Calibration table</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">Predicted range</th>
                  <th scope="col">Leads</th>
                  <th scope="col">Mean predicted</th>
                  <th scope="col">Observed win rate</th>
                </tr>
              </thead>
              <tbody>
                {bins.map((b) => (
                  <tr key={b.from}>
                    <th scope="row">
                      {percent(b.from)}–{percent(b.to)}
                    </th>
                    <td className="numeric">{b.count}</td>
                    <td className="numeric">{percent(b.meanPredicted, 1)}</td>
                    <td className="numeric">{percent(b.observedRate, 1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
      )}
    </section>
  );
}
