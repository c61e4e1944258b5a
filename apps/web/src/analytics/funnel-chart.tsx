/** The funnel from the leads' status history: how many reached each stage, with step and overall conversion in a table. */
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { enumLabel, percent } from "../ui/format";
import { Empty } from "../ui/query-state";

export const FunnelChartFragment = graphql(`
  fragment FunnelChart_stage on FunnelStage {
    status
    reached
    won
    lostHere
    stepRate
    conversionRate
  }
`);

function rate(value: number | null | undefined): string {
  return value == null ? "—" : percent(value, 1);
}

export function FunnelChart(props: { stages: readonly FragmentType<typeof FunnelChartFragment>[] }) {
  const stages = props.stages.map((stage) => ({ ...getFragmentData(FunnelChartFragment, stage) }));
  const rows = stages.map((stage) => ({ ...stage, label: enumLabel(stage.status) }));
  return (
    <section className="panel" aria-labelledby="funnel-title">
      <h2 id="funnel-title">Funnel</h2>
      {!rows.some((row) => row.reached > 0) ? (
        <Empty title="No lead has a status history yet." />
      ) : (
        <figure className="chart" data-testid="funnel-chart">
          <div aria-hidden="true" style={{ width: "100%", height: 40 * rows.length + 40 }}>
            <ResponsiveContainer>
              <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ left: 8, right: 24 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={100} />
                <Tooltip />
                <Bar dataKey="reached" name="Reached" fill="#1f5fa8" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <figcaption className="muted small">Leads that reached each stage or a later one, from their status history.</figcaption>
          <table>
            <caption className="visually-hidden">Funnel by stage</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Reached</th>
                <th scope="col">From previous stage</th>
                <th scope="col">Won from here</th>
                <th scope="col">Lost here</th>
                <th scope="col">Converted to won</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.status}>
                  <th scope="row">{row.label}</th>
                  <td className="numeric">{row.reached}</td>
                  <td className="numeric">{rate(row.stepRate)}</td>
                  <td className="numeric">{row.won}</td>
                  <td className="numeric">{row.lostHere}</td>
                  <td className="numeric">{rate(row.conversionRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}
    </section>
  );
}
