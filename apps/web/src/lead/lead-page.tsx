/** Lead: who it is, the rep's prediction with its factors, the next action, the customer's profile and account, the activity. */
import { useQuery } from "@apollo/client/react";
import { graphql } from "@revgraph/client";
import { Link, useParams } from "react-router";
import { StatusBadge } from "../ui/badges";
import { formatDate, formatMoney } from "../ui/format";
import { Empty, ErrorNotice, Loading } from "../ui/query-state";
import { AccountPanel } from "./account-panel";
import { ActivityTimeline } from "./activity-timeline";
import { LeadActions } from "./lead-actions";
import { NextActionPanel } from "./next-action-panel";
import { PredictionPanel } from "./prediction-panel";
import { ProfilePanel } from "./profile-panel";

export const LeadPageQuery = graphql(`
  query LeadPage($id: ID!) {
    lead(id: $id) {
      id
      name
      company
      email
      source
      status
      value
      score
      createdAt
      closedAt
      ...LeadActions_lead
      ...PredictionPanel_lead
      ...NextActionPanel_lead
      ...ProfilePanel_lead
      ...AccountPanel_lead
      ...ActivityTimeline_lead
    }
  }
`);

export function LeadPage() {
  const { id = "" } = useParams();
  const { data, loading, error } = useQuery(LeadPageQuery, { variables: { id } });
  if (loading && !data) return <Loading label="Loading the lead…" />;
  if (error && !data) return <ErrorNotice error={error} title="The lead could not be loaded" />;
  const lead = data?.lead;
  if (!lead)
    return (
      <section aria-labelledby="lead-title">
        <h1 id="lead-title">Lead not found</h1>
        <Empty title="There is no such lead in your organization.">
          <Link to="/">Back to the work list</Link>
        </Empty>
      </section>
    );
  return (
    <article aria-labelledby="lead-title">
      <p>
        <Link to="/">← Work list</Link>
      </p>
      <h1 id="lead-title">
        {lead.name} <StatusBadge status={lead.status} />
      </h1>
      <p className="muted">
        {[lead.company, lead.email, lead.source].filter(Boolean).join(" · ")} · value {formatMoney(lead.value)} · score {lead.score ?? "—"} · created {formatDate(lead.createdAt)}
        {lead.closedAt ? ` · closed ${formatDate(lead.closedAt)}` : ""}
      </p>
      <LeadActions lead={lead} refetchQueries={["LeadPage"]} />
      <div className="grid">
        <PredictionPanel lead={lead} />
        <NextActionPanel lead={lead} />
        <ProfilePanel lead={lead} />
        <AccountPanel lead={lead} />
        <ActivityTimeline lead={lead} />
      </div>
    </article>
  );
}
