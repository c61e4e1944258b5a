/** One-click recording on a lead: an activity, or the outcome (won/lost), updated optimistically; the payload's UserErrors are shown. */
import { useMutation } from "@apollo/client/react";
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import type { ActivityType, ConversionOutcome } from "@revgraph/client/graphql";
import { useId, useState } from "react";
import { enumLabel, relativeTime } from "../ui/format";
import { UserErrors } from "../ui/query-state";

export const LeadActionsFragment = graphql(`
  fragment LeadActions_lead on Lead {
    id
    name
    status
    score
    lastActivity: activities(first: 1) {
      id
      type
      occurredAt
    }
  }
`);

const RecordActivityMutation = graphql(`
  mutation RecordLeadActivity($input: [ActivityInput!]!) {
    recordActivities(input: $input) {
      recordedCount
      errors {
        field
        code
        message
      }
      leads {
        id
        score
        lastActivity: activities(first: 1) {
          id
          type
          occurredAt
        }
      }
    }
  }
`);

const RecordConversionMutation = graphql(`
  mutation RecordLeadOutcome($input: RecordConversionInput!) {
    recordConversion(input: $input) {
      replayed
      errors {
        field
        code
        message
      }
      lead {
        id
        status
        closedAt
      }
    }
  }
`);

const ACTIVITY_TYPES: ActivityType[] = ["CALL", "EMAIL_OPEN", "MEETING", "SITE_VISIT", "PROPERTY_VIEW", "BROCHURE_DOWNLOAD", "CALLBACK_REQUEST"];
const OPEN = new Set(["NEW", "CONTACTED", "QUALIFIED"]);

export function LeadActions(props: { lead: FragmentType<typeof LeadActionsFragment>; refetchQueries?: string[] }) {
  const lead = getFragmentData(LeadActionsFragment, props.lead);
  const [activityType, setActivityType] = useState<ActivityType>("CALL");
  const selectId = useId();
  const refetchQueries = props.refetchQueries ?? [];
  const [recordActivity, activity] = useMutation(RecordActivityMutation, { refetchQueries });
  const [recordOutcome, outcome] = useMutation(RecordConversionMutation, { refetchQueries });
  const open = OPEN.has(lead.status);
  const last = lead.lastActivity[0];

  const onActivity = () =>
    recordActivity({
      variables: { input: [{ leadId: lead.id, type: activityType }] },
      optimisticResponse: {
        __typename: "Mutation",
        recordActivities: {
          __typename: "RecordActivitiesPayload",
          recordedCount: 1,
          errors: [],
          leads: [
            {
              __typename: "Lead",
              id: lead.id,
              score: lead.score ?? null,
              lastActivity: [{ __typename: "Activity", id: `optimistic-${lead.id}`, type: activityType, occurredAt: new Date().toISOString() }],
            },
          ],
        },
      },
    }).catch(() => {});

  const onOutcome = (result: ConversionOutcome) =>
    recordOutcome({
      variables: { input: { leadId: lead.id, outcome: result, idempotencyKey: crypto.randomUUID() } },
      optimisticResponse: {
        __typename: "Mutation",
        recordConversion: {
          __typename: "RecordConversionPayload",
          replayed: false,
          errors: [],
          lead: { __typename: "Lead", id: lead.id, status: result, closedAt: new Date().toISOString() },
        },
      },
    }).catch(() => {});

  const userErrors = [...(activity.data?.recordActivities.errors ?? []), ...(outcome.data?.recordConversion.errors ?? [])];
  const failure = activity.error ?? outcome.error;
  return (
    <div className="lead-actions">
      <div className="lead-actions-row">
        <label className="visually-hidden" htmlFor={selectId}>
          Activity to record for {lead.name}
        </label>
        <select id={selectId} value={activityType} onChange={(e) => setActivityType(e.target.value as ActivityType)} disabled={!open}>
          {ACTIVITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {enumLabel(type)}
            </option>
          ))}
        </select>
        <button type="button" onClick={onActivity} disabled={!open || activity.loading} aria-label={`Record ${enumLabel(activityType).toLowerCase()} for ${lead.name}`}>
          Record
        </button>
        <button type="button" className="won" onClick={() => onOutcome("WON")} disabled={!open || outcome.loading} aria-label={`Mark ${lead.name} won`}>
          Won
        </button>
        <button type="button" className="lost" onClick={() => onOutcome("LOST")} disabled={!open || outcome.loading} aria-label={`Mark ${lead.name} lost`}>
          Lost
        </button>
      </div>
      <p className="muted small" aria-live="polite">
        {last ? `Last: ${enumLabel(last.type)} ${relativeTime(last.occurredAt)}` : "No activity yet"}
      </p>
      <UserErrors errors={userErrors} />
      {failure ? (
        <p className="user-errors" role="alert">
          Not saved: {failure.message}
        </p>
      ) : null}
    </div>
  );
}
