/** A lead's activities, newest first. */
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { enumLabel, formatDateTime } from "../ui/format";

export const ActivityTimelineFragment = graphql(`
  fragment ActivityTimeline_lead on Lead {
    activities(first: 30) {
      id
      type
      occurredAt
    }
  }
`);

export function ActivityTimeline(props: { lead: FragmentType<typeof ActivityTimelineFragment> }) {
  const { activities } = getFragmentData(ActivityTimelineFragment, props.lead);
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Activity</h2>
      {activities.length === 0 ? (
        <p className="muted">No activity recorded.</p>
      ) : (
        <ol className="timeline">
          {activities.map((a) => (
            <li key={a.id}>
              <time dateTime={a.occurredAt}>{formatDateTime(a.occurredAt)}</time> {enumLabel(a.type)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
