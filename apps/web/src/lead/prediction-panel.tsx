/** The requesting rep's prediction for a lead: probability, confidence, whether it is personal, the top factors and the reasoning. */
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { ProbabilityBar } from "../ui/badges";
import { formatDateTime } from "../ui/format";
import { Empty } from "../ui/query-state";
import { FactorChart } from "./factor-chart";

export const PredictionPanelFragment = graphql(`
  fragment PredictionPanel_lead on Lead {
    prediction {
      id
      probability
      confidence
      personalized
      reasoning
      modelVersion
      predictedAt
      factors(first: 8) {
        name
        label
        value
        contribution
      }
    }
  }
`);

export function PredictionPanel(props: { lead: FragmentType<typeof PredictionPanelFragment> }) {
  const { prediction } = getFragmentData(PredictionPanelFragment, props.lead);
  return (
    <section className="panel" aria-labelledby="prediction-title">
      <h2 id="prediction-title">Prediction</h2>
      {!prediction ? (
        <Empty title="No prediction.">Closed leads are not predicted.</Empty>
      ) : (
        <>
          <ProbabilityBar probability={prediction.probability} confidence={prediction.confidence} />
          <p className="muted small">
            {modelDescription(prediction.modelVersion, prediction.personalized)} ({prediction.modelVersion}) · {formatDateTime(prediction.predictedAt)}
          </p>
          <p>{prediction.reasoning}</p>
          <h3>Top factors</h3>
          {prediction.factors.length ? <FactorChart factors={prediction.factors} /> : <p className="muted">The model lists no factors for this lead.</p>}
        </>
      )}
    </section>
  );
}

/** Whose model made a prediction, from its version (rep-v3, org-v2 or default). */
function modelDescription(version: string, personalized: boolean): string {
  if (version.startsWith("rep-")) return personalized ? "Your own model" : "Your model, which follows the team's";
  if (version.startsWith("org-")) return "Your team's model";
  return "The default model";
}
