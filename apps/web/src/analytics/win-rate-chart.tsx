/** Lead volume (bars) and win rate (line) for one grouping of winRates, with the same figures in a table. */
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney, percent } from "../ui/format";
import { Empty } from "../ui/query-state";

export const WinRateChartFragment = graphql(`
  fragment WinRateChart_row on WinRateRow {
    key
    leads
    won
    lost
    open
    winRate
    wonValue
  }
`);

export function WinRateChart(props: { id: string; title: string; keyLabel: string; rows: readonly FragmentType<typeof WinRateChartFragment>[] }) {
  const rows = props.rows.map((row) => getFragmentData(WinRateChartFragment, row));
  const titleId = `${props.id}-title`;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{props.title}</h2>
      {!rows.length ? (
        <Empty title="No leads to count yet." />
      ) : (
        <figure className="chart" data-testid={props.id}>
          <div aria-hidden="true" style={{ width: "100%", height: 260 }}>
            <ResponsiveContainer>
              <ComposedChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="key" />
                <YAxis yAxisId="leads" allowDecimals={false} />
                <YAxis yAxisId="rate" orientation="right" domain={[0, 1]} tickFormatter={(v: number) => percent(v)} />
                <Tooltip formatter={(v, name) => (name === "Win rate" ? (v == null ? "—" : percent(Number(v), 1)) : v)} />
                <Legend />
                <Bar yAxisId="leads" dataKey="leads" name="Leads" fill="#1f5fa8" isAnimationActive={false} />
                <Line yAxisId="rate" dataKey="winRate" name="Win rate" stroke="#1b7f4b" strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <figcaption className="muted small">Bars: leads created; line with dots: win rate of the closed ones (won ÷ won + lost).</figcaption>
          <table>
            <caption className="visually-hidden">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">{props.keyLabel}</th>
                <th scope="col">Leads</th>
                <th scope="col">Won</th>
                <th scope="col">Lost</th>
                <th scope="col">Open</th>
                <th scope="col">Win rate</th>
                <th scope="col">Won value</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.key}</th>
                  <td className="numeric">{row.leads}</td>
                  <td className="numeric">{row.won}</td>
                  <td className="numeric">{row.lost}</td>
                  <td className="numeric">{row.open}</td>
                  <td className="numeric">{row.winRate == null ? "—" : percent(row.winRate, 1)}</td>
                  <td className="numeric">{formatMoney(row.wonValue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}
    </section>
  );
}
