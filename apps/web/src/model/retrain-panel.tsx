/**
 * Retraining as jobs whose progress is polled until they finish: the caller's own model (the result
 * says whether it was activated and why), and for managers and admins the whole team's.
 */
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "@revgraph/client";
import { useEffect } from "react";
import { enumLabel } from "../ui/format";
import { UserErrors } from "../ui/query-state";

const RetrainMineMutation = graphql(`
  mutation RetrainMyModel {
    retrainScoringModels(scope: MINE) {
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
      result
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

/** What a finished retraining job says about one rep (see the retrain-organization job's result). */
interface RepOutcome {
  version?: number;
  activated?: boolean;
  reason?: string;
  improvements?: string[];
  error?: string;
}

function outcomeOf(result: unknown): RepOutcome | null {
  const r = (result ?? {}) as { retrained?: RepOutcome[]; unchanged?: RepOutcome[]; failed?: RepOutcome[] };
  return r.retrained?.[0] ?? r.unchanged?.[0] ?? r.failed?.[0] ?? null;
}

export function RetrainPanel({ canRetrainTeam }: { canRetrainTeam: boolean }) {
  const [retrainMine, mine] = useMutation(RetrainMineMutation);
  const [retrainTeam, team] = useMutation(RetrainTeamMutation);
  const mineJobId = mine.data?.retrainScoringModels.job?.id;
  const jobId = team.data?.retrainScoringModels.job?.id;
  return (
    <section className="panel" aria-labelledby="retrain-title">
      <h2 id="retrain-title">Retrain</h2>
      <button type="button" onClick={() => void retrainMine().catch(() => {})} disabled={mine.loading}>
        Retrain my model
      </button>
      <UserErrors errors={mine.data?.retrainScoringModels.errors ?? []} />
      {mine.error ? <p role="alert">Not queued: {mine.error.message}</p> : null}
      {mineJobId ? <JobProgress key={mineJobId} id={mineJobId} label="Your retraining" unit="model" refetchWhenDone /> : null}
      {canRetrainTeam ? (
        <div className="team-retrain">
          <button type="button" onClick={() => void retrainTeam().catch(() => {})} disabled={team.loading}>
            Retrain the team's models
          </button>
          <UserErrors errors={team.data?.retrainScoringModels.errors ?? []} />
          {team.error ? <p role="alert">Not queued: {team.error.message}</p> : null}
          {jobId ? <JobProgress key={jobId} id={jobId} label="Team retraining" unit="reps" /> : null}
        </div>
      ) : null}
    </section>
  );
}

function JobProgress({ id, label, unit, refetchWhenDone = false }: { id: string; label: string; unit: string; refetchWhenDone?: boolean }) {
  const client = useApolloClient();
  const { data, error, startPolling, stopPolling } = useQuery(RetrainJobQuery, { variables: { id }, fetchPolicy: "network-only" });
  const job = data?.job;
  const finished = job?.status === "SUCCEEDED" || job?.status === "FAILED";
  useEffect(() => {
    if (finished) {
      // The page's model, metrics and history change with a new version.
      if (refetchWhenDone) void client.refetchQueries({ include: ["MyModelPage"] });
      return;
    }
    startPolling(JOB_POLL_MS);
    return () => stopPolling();
  }, [finished, refetchWhenDone, client, startPolling, stopPolling]);
  if (error) return <p role="alert">Progress unavailable: {error.message}</p>;
  if (!job) return <p role="status">Queued…</p>;
  const total = job.progress?.total ?? 0;
  const done = job.progress?.done ?? 0;
  const outcome = refetchWhenDone && finished ? outcomeOf(job.result) : null;
  return (
    <div className="job" role="status" aria-live="polite">
      <label>
        {label}: {enumLabel(job.status)}
        {total ? ` · ${done} of ${total} ${unit}` : ""}
        {job.progress?.failed ? ` · ${job.progress.failed} failed` : ""}
        <progress max={total || 1} value={finished ? total || 1 : done} />
      </label>
      {job.lastError ? <p className="user-errors">{job.lastError}</p> : null}
      {outcome?.error ? <p className="user-errors">{outcome.error}</p> : null}
      {outcome && !outcome.error ? (
        <p>
          {outcome.version == null ? "" : outcome.activated ? `Version ${outcome.version} is now active. ` : "The new version was kept but not activated. "}
          {outcome.reason}
        </p>
      ) : null}
      {outcome?.improvements?.length ? (
        <ul>
          {outcome.improvements.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
