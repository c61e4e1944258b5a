/** The model's backtest figures beside the team's and the default model's on the same leads. */
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { metric } from "../ui/format";

export const ModelMetricsFragment = graphql(`
  fragment ModelMetrics_model on ScoringModel {
    level
    evaluation {
      backtest {
        overall {
          leads
          won
          model {
            auc
            brier
            logLoss
            calibrationError
          }
          organization {
            auc
            brier
            logLoss
            calibrationError
          }
          default {
            auc
            brier
            logLoss
            calibrationError
          }
        }
      }
    }
  }
`);

const METRICS = [
  { key: "auc", label: "AUC (higher is better)" },
  { key: "brier", label: "Brier score (lower is better)" },
  { key: "logLoss", label: "Log loss (lower is better)" },
  { key: "calibrationError", label: "Calibration error (lower is better)" },
] as const;

export function ModelMetrics(props: { model: FragmentType<typeof ModelMetricsFragment> }) {
  const model = getFragmentData(ModelMetricsFragment, props.model);
  const overall = model.evaluation?.backtest?.overall;
  return (
    <section className="panel" aria-labelledby="metrics-title">
      <h2 id="metrics-title">Quality on past open leads</h2>
      {!overall ? (
        <p className="muted">No backtest yet for this model.</p>
      ) : (
        <>
          <p className="muted small">
            {overall.leads} leads open at past dates, {overall.won} won within the horizon.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">{model.level === "REP" ? "Yours" : "This model"}</th>
                <th scope="col">Team</th>
                <th scope="col">Default</th>
              </tr>
            </thead>
            <tbody>
              {METRICS.map(({ key, label }) => (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td className="numeric">{metric(overall.model?.[key])}</td>
                  <td className="numeric">{metric(overall.organization?.[key])}</td>
                  <td className="numeric">{metric(overall.default?.[key])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
