/** Work list (rep): the caller's open leads in their own model's order, filtered, a page at a time as they scroll. */
import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { graphql } from "@revgraph/client";
import { useSearchParams } from "react-router";
import { useInfiniteScroll } from "../ui/infinite-scroll";
import { Empty, ErrorNotice, Loading } from "../ui/query-state";
import { WorklistFilters, worklistQueryFrom } from "./worklist-filters";
import { WorklistRow } from "./worklist-row";

export const WORKLIST_PAGE_SIZE = 50;

export const WorklistPageQuery = graphql(`
  query WorklistPage($first: Int!, $after: String, $filter: WorklistFilter, $orderBy: WorklistOrder!) {
    worklist(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      modelVersion
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          source
        }
        ...WorklistRow_edge
      }
    }
  }
`);

export function WorklistPage() {
  const [params, setParams] = useSearchParams();
  const { filter, orderBy } = worklistQueryFrom(params);
  const { data, error, loading, fetchMore, networkStatus } = useQuery(WorklistPageQuery, {
    variables: { first: WORKLIST_PAGE_SIZE, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const worklist = data?.worklist;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const canLoadMore = Boolean(worklist?.pageInfo.hasNextPage) && !loadingMore;
  const loadMore = () => {
    if (canLoadMore) void fetchMore({ variables: { after: worklist?.pageInfo.endCursor } });
  };
  const sentinel = useInfiniteScroll(loadMore, canLoadMore);
  const sources = [...new Set(worklist?.edges.map((e) => e.node.source).filter((s): s is string => Boolean(s)))].sort();

  return (
    <section aria-labelledby="worklist-title">
      <h1 id="worklist-title">Work list</h1>
      <p className="muted">Your open leads, ordered by your own model. Probability is the chance of a win within 90 days.</p>
      <WorklistFilters params={params} setParams={setParams} sources={sources} />
      {error && !worklist ? <ErrorNotice error={error} title="The work list could not be loaded" /> : null}
      {loading && !worklist ? <Loading label="Loading your work list…" /> : null}
      {worklist && worklist.edges.length === 0 ? (
        <Empty title="No open leads match.">{Object.keys(filter).length ? "Try fewer filters." : "New leads assigned to you will appear here."}</Empty>
      ) : null}
      {worklist && worklist.edges.length > 0 ? (
        <>
          <p className="muted" aria-live="polite">
            Showing {worklist.edges.length} of {worklist.totalCount} · model {worklist.modelVersion}
          </p>
          <table className="worklist">
            <caption className="visually-hidden">Open leads by {orderBy === "EXPECTED_VALUE" ? "expected value" : "probability"}, highest first</caption>
            <thead>
              <tr>
                <th scope="col">Lead</th>
                <th scope="col">Probability</th>
                <th scope="col">Expected value</th>
                <th scope="col">Next action</th>
                <th scope="col">Temperature</th>
                <th scope="col">Status</th>
                <th scope="col">Record</th>
              </tr>
            </thead>
            <tbody>
              {worklist.edges.map((edge) => (
                <WorklistRow key={edge.node.id} edge={edge} />
              ))}
            </tbody>
          </table>
          <div ref={sentinel} className="load-more">
            {worklist.pageInfo.hasNextPage ? (
              <button type="button" onClick={loadMore} disabled={loadingMore}>
                {loadingMore ? "Loading more…" : "Load more"}
              </button>
            ) : (
              <span className="muted">End of the list.</span>
            )}
            {error && worklist ? <ErrorNotice error={error} title="More leads could not be loaded" /> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
