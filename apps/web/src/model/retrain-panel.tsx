/**
 * Retraining: the caller's own model now (the answer says whether it was activated and why), and for
 * managers and admins the whole team's as a job whose progress is polled until it finishes.
 */
import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "@revgraph/client";
import { useEffect } from "react";
import { enumLabel } from "../ui/format";
import { UserErrors } from "../ui/query-state";

const RetrainMineMutation = graphql(`
  mutation RetrainMyModel {
    retrainScoringModel {
      activated
      reason
      improvements
      sampleSize
      model {
        version
        level
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const RetrainTeamMutation = graphql(`
  mutation RetrainTeamModels {
    retrainScoringModels(scope: ORGANIZATION) {
      job {
        id
        status
        progress {
          total
          done
          failed
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const RetrainJobQuery = graphql(`
  query RetrainJob($id: ID!) {
    job(id: $id) {
      id
      status
      lastError
      finishedAt
      progress {
        total
        done
        failed
      }
    }
  }
`);

/** How often a running job is asked for its progress. */
export const JOB_POLL_MS = 1000;

export function RetrainPanel({ canRetrainTeam }: { canRetrainTeam: boolean }) {
  const [retrainMine, mine] = useMutation(RetrainMineMutation, { refetchQueries: ["MyModelPage"], awaitRefetchQueries: true });
  const [retrainTeam, team] = useMutation(RetrainTeamMutation);
  const mineResult = mine.data?.retrainScoringModel;
  const jobId = team.data?.retrainScoringModels.job?.id;
  return (
    <section className="panel" aria-labelledby="retrain-title">
      <h2 id="retrain-title">Retrain</h2>
      <button type="button" onClick={() => void retrainMine().catch(() => {})} disabled={mine.loading}>
        {mine.loading ? "Training your model…" : "Retrain my model"}
      </button>
      <div aria-live="polite">
        {mine.loading ? <p role="status">Training on your won and lost leads; this takes a few seconds.</p> : null}
        {mineResult && !mineResult.errors.length ? (
          <p>
            {mineResult.activated ? `Version ${mineResult.model?.version} is now active.` : "The new version was kept but not activated."} {mineResult.reason}
          </p>
        ) : null}
        {mineResult?.improvements.length ? (
          <ul>
            {mineResult.improvements.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <UserErrors errors={mineResult?.errors ?? []} />
      {mine.error ? <p role="alert">Training failed: {mine.error.message}</p> : null}
      {canRetrainTeam ? (
        <div className="team-retrain">
          <button type="button" onClick={() => void retrainTeam().catch(() => {})} disabled={team.loading}>
            Retrain the team's models
          </button>
          <UserErrors errors={team.data?.retrainScoringModels.errors ?? []} />
          {team.error ? <p role="alert">Not queued: {team.error.message}</p> : null}
          {jobId ? <JobProgress id={jobId} /> : null}
        </div>
      ) : null}
    </section>
  );
}

function JobProgress({ id }: { id: string }) {
  const { data, error, startPolling, stopPolling } = useQuery(RetrainJobQuery, { variables: { id }, fetchPolicy: "network-only" });
  const job = data?.job;
  const finished = job?.status === "SUCCEEDED" || job?.status === "FAILED";
  useEffect(() => {
    if (finished) return;
    startPolling(JOB_POLL_MS);
    return () => stopPolling();
  }, [finished, startPolling, stopPolling]);
  if (error) return <p role="alert">Progress unavailable: {error.message}</p>;
  if (!job) return <p role="status">Queued…</p>;
  const total = job.progress?.total ?? 0;
  const done = job.progress?.done ?? 0;
  return (
    <div className="job" role="status" aria-live="polite">
      <label>
        Team retraining: {enumLabel(job.status)}
        {total ? ` · ${done} of ${total} reps` : ""}
        {job.progress?.failed ? ` · ${job.progress.failed} failed` : ""}
        <progress max={total || 1} value={finished ? total || 1 : done} />
      </label>
      {job.lastError ? <p className="user-errors">{job.lastError}</p> : null}
    </div>
  );
}
