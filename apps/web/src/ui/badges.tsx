/** Small labelled badges: each says its meaning in words, and colour only repeats it. */
import { enumLabel, percent } from "./format";

const TEMPERATURE_ICON: Record<string, string> = { HOT: "▲", WARM: "●", COLD: "▼" };

export function TemperatureBadge({ temperature }: { temperature: string | null | undefined }) {
  if (!temperature) return <span className="muted">No profile</span>;
  return (
    <span className={`badge temperature-${temperature.toLowerCase()}`}>
      <span aria-hidden="true">{TEMPERATURE_ICON[temperature]} </span>
      {enumLabel(temperature)}
    </span>
  );
}

export function PriorityBadge({ priority }: { priority: string }) {
  return <span className={`badge priority-${priority.toLowerCase()}`}>{enumLabel(priority)} priority</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status.toLowerCase()}`}>{enumLabel(status)}</span>;
}

/** A probability as a bar with its number and confidence written out. */
export function ProbabilityBar({ probability, confidence }: { probability: number; confidence: string }) {
  return (
    <div className="probability">
      <div className="probability-track" aria-hidden="true">
        <div className={`probability-fill confidence-${confidence.toLowerCase()}`} style={{ width: percent(probability, 1) }} />
      </div>
      <span className="probability-text">
        {percent(probability)} <span className="muted">· {enumLabel(confidence)} confidence</span>
      </span>
    </div>
  );
}
