/** One lead of the work list: its probability under the rep's own model, next action, temperature and one-click actions. */
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { Link } from "react-router";
import { LeadActions } from "../lead/lead-actions";
import { PriorityBadge, ProbabilityBar, StatusBadge, TemperatureBadge } from "../ui/badges";
import { enumLabel, formatDate, formatMoney } from "../ui/format";

export const WorklistRowFragment = graphql(`
  fragment WorklistRow_edge on WorklistEdge {
    probability
    confidence
    expectedValue
    node {
      id
      name
      company
      source
      status
      value
      nextAction {
        action
        priority
        dueAt
      }
      profile {
        id
        temperature
      }
      ...LeadActions_lead
    }
  }
`);

export function WorklistRow(props: { edge: FragmentType<typeof WorklistRowFragment> }) {
  const edge = getFragmentData(WorklistRowFragment, props.edge);
  const lead = edge.node;
  return (
    <tr>
      <th scope="row">
        <Link to={`/leads/${lead.id}`}>{lead.name}</Link>
        <div className="muted small">{[lead.company, lead.source].filter(Boolean).join(" · ") || "—"}</div>
      </th>
      <td>
        <ProbabilityBar probability={edge.probability} confidence={edge.confidence} />
      </td>
      <td className="numeric">
        {formatMoney(edge.expectedValue)}
        <div className="muted small">of {formatMoney(lead.value)}</div>
      </td>
      <td>
        {lead.nextAction ? (
          <>
            <div>{enumLabel(lead.nextAction.action)}</div>
            <PriorityBadge priority={lead.nextAction.priority} />
            <div className="muted small">Due {formatDate(lead.nextAction.dueAt)}</div>
          </>
        ) : (
          <span className="muted">None</span>
        )}
      </td>
      <td>
        <TemperatureBadge temperature={lead.profile?.temperature} />
      </td>
      <td>
        <StatusBadge status={lead.status} />
      </td>
      <td>
        <LeadActions lead={lead} />
      </td>
    </tr>
  );
}
