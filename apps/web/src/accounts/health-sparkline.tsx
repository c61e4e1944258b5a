/** An account's health over its recorded points as a small line; the trend and range are said in words too. */
import { Line, LineChart, YAxis } from "recharts";
import { enumLabel } from "../ui/format";

export function HealthSparkline({ name, trend, points }: { name: string; trend: string; points: readonly { score: number; recordedAt: string }[] }) {
  // The API lists the newest point first; a trend line reads left to right, oldest first.
  const series = [...points].reverse();
  if (series.length < 2) return <span className="muted small">Not enough history</span>;
  const first = series[0]!.score;
  const last = series[series.length - 1]!.score;
  const description = `Health of ${name}: ${enumLabel(trend).toLowerCase()}, from ${first} to ${last} over ${series.length} points`;
  return (
    <span className="sparkline" role="img" aria-label={description} title={description}>
      <LineChart accessibilityLayer={false} width={120} height={32} data={series}>
        <YAxis hide domain={[0, 100]} />
        <Line
          type="monotone"
          dataKey="score"
          stroke={trend === "DECLINING" ? "#b3261e" : trend === "IMPROVING" ? "#1b7f4b" : "#555"}
          dot={false}
          strokeWidth={2}
          isAnimationActive={false}
        />
      </LineChart>
    </span>
  );
}
