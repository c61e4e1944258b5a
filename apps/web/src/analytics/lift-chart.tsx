/** Lift by probability decile of the active model's backtest: how much likelier the leads it ranks highest were won. */
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { percent } from "../ui/format";

export const LiftChartFragment = graphql(`
  fragment LiftChart_model on ScoringModel {
    evaluation {
      backtest {
        lift {
          decile
          count
          meanPredicted
          observedRate
          lift
          cumulativeShareOfWins
        }
      }
    }
  }
`);

function ratio(value: number | null | undefined): string {
  return value == null ? "—" : `${value.toFixed(2)}×`;
}

export function LiftChart(props: { model: FragmentType<typeof LiftChartFragment> }) {
  const deciles = getFragmentData(LiftChartFragment, props.model).evaluation?.backtest?.lift ?? [];
  return (
    <section className="panel" aria-labelledby="lift-title">
      <h2 id="lift-title">Lift by probability decile</h2>
      {!deciles.length ? (
        <p className="muted">No lift yet: it shows after the model's first training with a backtest.</p>
      ) : (
        <figure className="chart" data-testid="lift-chart">
          <div aria-hidden="true" style={{ width: "100%", height: 260 }}>
            <ResponsiveContainer>
              <BarChart accessibilityLayer={false} data={deciles} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="decile" label={{ value: "Decile (1 = highest probabilities)", position: "bottom" }} />
                <YAxis tickFormatter={(v: number) => `${v}×`} />
                <Tooltip formatter={(v) => ratio(Number(v))} />
                <ReferenceLine y={1} stroke="#888" strokeDasharray="4 4" />
                <Bar dataKey="lift" name="Lift" fill="#1f5fa8" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <figcaption className="muted small">
            The backtest's leads ranked by the model's probability and cut into tenths: each tenth's win rate against the rate over all of them (1× on the dashed line is average).
          </figcaption>
          <table>
            <caption className="visually-hidden">Lift by probability decile</caption>
            <thead>
              <tr>
                <th scope="col">Decile</th>
                <th scope="col">Leads</th>
                <th scope="col">Mean predicted</th>
                <th scope="col">Won</th>
                <th scope="col">Lift</th>
                <th scope="col">Share of wins so far</th>
              </tr>
            </thead>
            <tbody>
              {deciles.map((d) => (
                <tr key={d.decile}>
                  <th scope="row">{d.decile}</th>
                  <td className="numeric">{d.count}</td>
                  <td className="numeric">{percent(d.meanPredicted, 1)}</td>
                  <td className="numeric">{percent(d.observedRate, 1)}</td>
                  <td className="numeric">{ratio(d.lift)}</td>
                  <td className="numeric">{d.cumulativeShareOfWins == null ? "—" : percent(d.cumulativeShareOfWins, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}
    </section>
  );
}
