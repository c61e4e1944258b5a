/** The caller's CTA queue (their open calls to action, most urgent first) beside their accounts. */
import { useQuery } from "@apollo/client/react";
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { PriorityBadge } from "../ui/badges";
import { enumLabel, formatDate, relativeTime } from "../ui/format";
import { Empty, ErrorNotice, Loading } from "../ui/query-state";

export const CTA_QUEUE_SIZE = 20;

const CtaQueueRowFragment = graphql(`
  fragment CtaQueueRow_cta on Cta {
    id
    type
    reason
    priority
    dueAt
    source
    account {
      id
      name
    }
  }
`);

export const AccountsCtaQueueQuery = graphql(`
  query AccountsCtaQueue($first: Int!) {
    ctas(first: $first, filter: { mine: true }) {
      totalCount
      nodes {
        id
        ...CtaQueueRow_cta
      }
    }
  }
`);

function CtaQueueRow(props: { cta: FragmentType<typeof CtaQueueRowFragment> }) {
  const cta = getFragmentData(CtaQueueRowFragment, props.cta);
  const overdue = new Date(cta.dueAt).getTime() < Date.now();
  return (
    <tr>
      <th scope="row">{cta.account.name}</th>
      <td>{enumLabel(cta.type)}</td>
      <td>
        {enumLabel(cta.reason)}
        <div className="muted small">From {enumLabel(cta.source).toLowerCase()}</div>
      </td>
      <td>
        <PriorityBadge priority={cta.priority} />
      </td>
      <td>
        {formatDate(cta.dueAt)}
        <div className={overdue ? "small overdue" : "muted small"}>
          {overdue ? "Overdue, " : ""}
          {relativeTime(cta.dueAt)}
        </div>
      </td>
    </tr>
  );
}

export function CtaQueue() {
  const { data, loading, error } = useQuery(AccountsCtaQueueQuery, { variables: { first: CTA_QUEUE_SIZE } });
  const ctas = data?.ctas;
  return (
    <section className="panel" aria-labelledby="cta-queue-title">
      <h2 id="cta-queue-title">My calls to action</h2>
      {loading && !data ? <Loading label="Loading your calls to action…" /> : null}
      {error && !data ? <ErrorNotice error={error} title="Calls to action could not be loaded" /> : null}
      {ctas && ctas.nodes.length === 0 ? <Empty title="No open calls to action for you." /> : null}
      {ctas && ctas.nodes.length > 0 ? (
        <>
          <p className="muted small">
            {ctas.totalCount > ctas.nodes.length ? `The ${ctas.nodes.length} most urgent of ${ctas.totalCount} open` : `${ctas.totalCount} open`}, most urgent first.
          </p>
          <table className="cta-queue">
            <caption className="visually-hidden">My open calls to action, most urgent first</caption>
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Type</th>
                <th scope="col">Reason</th>
                <th scope="col">Priority</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {ctas.nodes.map((cta) => (
                <CtaQueueRow key={cta.id} cta={cta} />
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
