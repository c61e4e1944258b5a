/** An account's churn risk: the probability as a bar with the category and confidence in words, and on demand why and what to do. */
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { enumLabel, percent } from "../ui/format";

export const ChurnRiskFragment = graphql(`
  fragment ChurnRisk_prediction on ChurnPrediction {
    probability
    riskCategory
    confidence
    source
    explanation
    recommendations {
      playbook
      action
      reason
    }
    factors {
      label
      value
      contribution
    }
  }
`);

export function ChurnRisk(props: { accountName: string; prediction: FragmentType<typeof ChurnRiskFragment> | null | undefined }) {
  if (!props.prediction) return <span className="muted">No prediction</span>;
  const risk = getFragmentData(ChurnRiskFragment, props.prediction);
  return (
    <div className="churn-risk">
      <div className="probability">
        <div className="probability-track" aria-hidden="true">
          <div className={`probability-fill risk-${risk.riskCategory.toLowerCase()}`} style={{ width: percent(risk.probability, 1) }} />
        </div>
        <span className="churn-text">
          {percent(risk.probability)} churn · <strong>{enumLabel(risk.riskCategory)} risk</strong>{" "}
          <span className="muted">
            · {enumLabel(risk.confidence)} confidence · {risk.source === "RULES" ? "rules" : risk.source === "LLM" ? "model, explained by AI" : "model"}
          </span>
        </span>
      </div>
      <details>
        <summary>
          Why and what to do<span className="visually-hidden"> for {props.accountName}</span>
        </summary>
        <p>{risk.explanation}</p>
        {risk.factors.length ? (
          <ul className="small">
            {risk.factors.slice(0, 5).map((f) => (
              <li key={f.label}>
                {f.label}
                {f.value == null ? "" : ` (${Number(f.value.toFixed(2))})`}: <span aria-hidden="true">{f.contribution >= 0 ? "▲ " : "▼ "}</span>
                {f.contribution >= 0 ? "raises" : "lowers"} risk by {Math.abs(f.contribution).toFixed(2)}
              </li>
            ))}
          </ul>
        ) : null}
        {risk.recommendations.length ? (
          <ol className="small">
            {risk.recommendations.map((r) => (
              <li key={r.action}>
                <strong>{r.action}</strong>
                {r.playbook ? ` (${enumLabel(r.playbook)} playbook)` : ""} — {r.reason}
              </li>
            ))}
          </ol>
        ) : null}
      </details>
    </div>
  );
}
