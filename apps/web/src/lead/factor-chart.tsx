/** The factors behind a prediction as a ± contribution bar chart, with the same figures in a table for screen readers. */
import { Bar, BarChart, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface Factor {
  name: string;
  label: string;
  value?: number | null;
  contribution: number;
}

export function FactorChart({ factors }: { factors: readonly Factor[] }) {
  const rows = factors.map((f) => ({ ...f, direction: f.contribution >= 0 ? "raises" : "lowers" }));
  return (
    <figure className="chart">
      <div aria-hidden="true" style={{ width: "100%", height: 36 * rows.length + 40 }}>
        <ResponsiveContainer>
          <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ left: 8, right: 24 }}>
            <XAxis type="number" tickFormatter={(v: number) => v.toFixed(1)} />
            <YAxis type="category" dataKey="label" width={200} />
            <ReferenceLine x={0} stroke="#555" />
            <Tooltip formatter={(v) => [Number(v).toFixed(2), "Contribution (log-odds)"]} />
            <Bar dataKey="contribution" isAnimationActive={false}>
              {rows.map((row) => (
                <Cell key={row.name} fill={row.contribution >= 0 ? "#1b7f4b" : "#b3261e"} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted small">Bars right of zero raise the probability, bars left of it lower it (log-odds).</figcaption>
      <table className="factor-table">
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col">Lead's value</th>
            <th scope="col">Effect</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{row.value == null ? "—" : Number(row.value.toFixed(2))}</td>
              <td className="numeric">
                <span aria-hidden="true">{row.contribution >= 0 ? "▲ +" : "▼ −"}</span>
                <span className="visually-hidden">{row.direction} by </span>
                {Math.abs(row.contribution).toFixed(2)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
