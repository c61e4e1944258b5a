/** The caller's model versions, newest first, with rollback to an earlier one. */
import { useMutation } from "@apollo/client/react";
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { enumLabel, formatDateTime, metric } from "../ui/format";
import { UserErrors } from "../ui/query-state";

export const ModelVersionFragment = graphql(`
  fragment ModelVersion_model on ScoringModel {
    id
    version
    level
    active
    personalized
    sampleSize
    trainedAt
    evaluation {
      backtest {
        overall {
          model {
            auc
          }
        }
      }
    }
  }
`);

const ActivateMutation = graphql(`
  mutation ActivateModelVersion($version: Int!) {
    activateScoringModel(version: $version) {
      model {
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export function ModelVersions(props: { models: readonly FragmentType<typeof ModelVersionFragment>[] }) {
  const models = props.models.map((m) => getFragmentData(ModelVersionFragment, m));
  const [activate, { data, loading, error }] = useMutation(ActivateMutation, { refetchQueries: ["MyModelPage"], awaitRefetchQueries: true });
  return (
    <section className="panel" aria-labelledby="versions-title">
      <h2 id="versions-title">Versions</h2>
      {models.length === 0 ? (
        <p className="muted">You have no model of your own yet: your predictions come from the team's model.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Trained</th>
              <th scope="col">Leads</th>
              <th scope="col">AUC</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {models.map((m) => (
              <tr key={m.id ?? m.version}>
                <th scope="row">
                  v{m.version} <span className="muted small">{enumLabel(m.level)}</span>
                </th>
                <td>{formatDateTime(m.trainedAt)}</td>
                <td className="numeric">{m.sampleSize}</td>
                <td className="numeric">{metric(m.evaluation?.backtest?.overall.model?.auc)}</td>
                <td>
                  {m.active ? (
                    <span className="badge status-active">Active</span>
                  ) : m.version != null ? (
                    <button type="button" disabled={loading} onClick={() => void activate({ variables: { version: m.version! } }).catch(() => {})}>
                      Make v{m.version} active
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <UserErrors errors={data?.activateScoringModel.errors ?? []} />
      {error ? <p role="alert">Not changed: {error.message}</p> : null}
    </section>
  );
}
