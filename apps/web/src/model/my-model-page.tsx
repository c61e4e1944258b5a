/** My model: the model serving the caller, its quality against the team's and the default, calibration, versions, retraining. */
import { useQuery } from "@apollo/client/react";
import { graphql } from "@revgraph/client";
import { enumLabel, formatDateTime } from "../ui/format";
import { ErrorNotice, Loading } from "../ui/query-state";
import { CalibrationChart } from "./calibration-chart";
import { ModelMetrics } from "./model-metrics";
import { ModelVersions } from "./model-versions";
import { RetrainPanel } from "./retrain-panel";

export const MyModelPageQuery = graphql(`
  query MyModelPage {
    me {
      id
      role
    }
    scoringModel {
      level
      version
      personalized
      message
      sampleSize
      positives
      trainedAt
      ...ModelMetrics_model
      ...CalibrationChart_model
    }
    scoringModelHistory(first: 20) {
      ...ModelVersion_model
    }
  }
`);

export function MyModelPage() {
  const { data, loading, error } = useQuery(MyModelPageQuery);
  if (loading && !data) return <Loading label="Loading your model…" />;
  if (error && !data) return <ErrorNotice error={error} title="Your model could not be loaded" />;
  if (!data) return null;
  const model = data.scoringModel;
  return (
    <section aria-labelledby="model-title">
      <h1 id="model-title">My model</h1>
      <p>
        <strong>
          {enumLabel(model.level)} model{model.version != null ? ` v${model.version}` : ""}
        </strong>
        {model.personalized ? " · personalized to your outcomes" : ""} · trained on {model.sampleSize} leads ({model.positives} won) · {formatDateTime(model.trainedAt)}
      </p>
      <p className="muted">{model.message}</p>
      <div className="grid">
        <ModelMetrics model={model} />
        <CalibrationChart model={model} />
        <ModelVersions models={data.scoringModelHistory} />
        <RetrainPanel canRetrainTeam={data.me.role !== "REP"} />
      </div>
    </section>
  );
}
