/** What the rep should do next with a lead, how urgent it is, when, and why. */
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { PriorityBadge } from "../ui/badges";
import { enumLabel, formatDateTime } from "../ui/format";

export const NextActionPanelFragment = graphql(`
  fragment NextActionPanel_lead on Lead {
    nextAction {
      action
      priority
      reasoning
      dueAt
    }
  }
`);

export function NextActionPanel(props: { lead: FragmentType<typeof NextActionPanelFragment> }) {
  const { nextAction } = getFragmentData(NextActionPanelFragment, props.lead);
  return (
    <section className="panel" aria-labelledby="next-action-title">
      <h2 id="next-action-title">Next action</h2>
      {nextAction ? (
        <>
          <p className="big">
            {enumLabel(nextAction.action)} <PriorityBadge priority={nextAction.priority} />
          </p>
          <p className="muted small">Due {formatDateTime(nextAction.dueAt)}</p>
          <p>{nextAction.reasoning}</p>
        </>
      ) : (
        <p className="muted">No action suggested.</p>
      )}
    </section>
  );
}
