/** Accounts (CSM): my at-risk accounts (or all of them), least healthy first, a page at a time as they scroll, with churn risk, health sparklines and my CTA queue. */
import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { useState } from "react";
import { enumLabel, formatDate } from "../ui/format";
import { useInfiniteScroll } from "../ui/infinite-scroll";
import { Empty, ErrorNotice, Loading } from "../ui/query-state";
import { ChurnRisk } from "./churn-risk";
import { CtaQueue } from "./cta-queue";
import { HealthSparkline } from "./health-sparkline";

const AccountRowFragment = graphql(`
  fragment AccountRow_account on Account {
    id
    name
    domain
    healthScore
    healthTrend
    lifecycleStage
    atRisk
    renewalDate
    healthHistory(first: 12) {
      score
      recordedAt
    }
    churnRisk {
      ...ChurnRisk_prediction
    }
  }
`);

export const AccountsPageQuery = graphql(`
  query AccountsPage($first: Int!, $after: String, $atRisk: Boolean, $mine: Boolean) {
    accounts(first: $first, after: $after, atRisk: $atRisk, mine: $mine) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...AccountRow_account
        }
      }
    }
  }
`);

const TREND_ICON: Record<string, string> = { IMPROVING: "↗", STABLE: "→", DECLINING: "↘" };

function AccountRow(props: { account: FragmentType<typeof AccountRowFragment> }) {
  const account = getFragmentData(AccountRowFragment, props.account);
  return (
    <tr>
      <th scope="row">
        {account.name}
        <div className="muted small">{account.domain}</div>
      </th>
      <td className="numeric">
        {account.healthScore}
        {account.atRisk ? <span className="badge at-risk">At risk</span> : null}
      </td>
      <td>
        <ChurnRisk accountName={account.name} prediction={account.churnRisk} />
      </td>
      <td>
        <span aria-hidden="true">{TREND_ICON[account.healthTrend]} </span>
        {enumLabel(account.healthTrend)}
      </td>
      <td>
        <HealthSparkline name={account.name} trend={account.healthTrend} points={account.healthHistory} />
      </td>
      <td>{enumLabel(account.lifecycleStage)}</td>
      <td>{formatDate(account.renewalDate)}</td>
    </tr>
  );
}

export const ACCOUNTS_PAGE_SIZE = 50;

/** My at-risk accounts (accounts(mine: true, atRisk: true)) by default, or every account of the organization. */
export type AccountsView = "mine-at-risk" | "all";

export function accountsVariables(view: AccountsView) {
  return view === "mine-at-risk" ? { first: ACCOUNTS_PAGE_SIZE, atRisk: true, mine: true } : { first: ACCOUNTS_PAGE_SIZE, atRisk: null, mine: null };
}

export function AccountsPage() {
  const [view, setView] = useState<AccountsView>("mine-at-risk");
  const { data, loading, error, fetchMore, networkStatus } = useQuery(AccountsPageQuery, { variables: accountsVariables(view), notifyOnNetworkStatusChange: true });
  const accounts = data?.accounts;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const canLoadMore = Boolean(accounts?.pageInfo.hasNextPage) && !loadingMore;
  const loadMore = () => {
    if (canLoadMore) void fetchMore({ variables: { after: accounts?.pageInfo.endCursor } });
  };
  const sentinel = useInfiniteScroll(loadMore, canLoadMore);
  const description = view === "mine-at-risk" ? "My at-risk accounts, least healthy first" : "All accounts, least healthy first";
  return (
    <section aria-labelledby="accounts-title">
      <h1 id="accounts-title">Accounts</h1>
      <fieldset className="view-toggle">
        <legend>Show</legend>
        <label className="checkbox">
          <input type="radio" name="accounts-view" value="mine-at-risk" checked={view === "mine-at-risk"} onChange={() => setView("mine-at-risk")} /> My at-risk accounts
        </label>
        <label className="checkbox">
          <input type="radio" name="accounts-view" value="all" checked={view === "all"} onChange={() => setView("all")} /> All accounts
        </label>
      </fieldset>
      <div className="grid">
        <section className="panel wide" aria-labelledby="accounts-list-title">
          <h2 id="accounts-list-title">{description}</h2>
          {loading && !accounts ? <Loading label="Loading accounts…" /> : null}
          {error && !accounts ? <ErrorNotice error={error} title="Accounts could not be loaded" /> : null}
          {accounts && accounts.edges.length === 0 ? (
            <Empty title={view === "mine-at-risk" ? "None of your accounts is at risk." : "No accounts yet."}>
              {view === "mine-at-risk" ? "Choose “All accounts” to see the organization's." : null}
            </Empty>
          ) : null}
          {accounts && accounts.edges.length > 0 ? (
            <>
              <p className="muted" aria-live="polite">
                Showing {accounts.edges.length} of {accounts.totalCount}
              </p>
              <table className="accounts">
                <caption className="visually-hidden">{description}</caption>
                <thead>
                  <tr>
                    <th scope="col">Account</th>
                    <th scope="col">Health</th>
                    <th scope="col">Churn risk</th>
                    <th scope="col">Trend</th>
                    <th scope="col">History</th>
                    <th scope="col">Lifecycle</th>
                    <th scope="col">Renewal</th>
                  </tr>
                </thead>
                <tbody>
                  {accounts.edges.map(({ node }) => (
                    <AccountRow key={node.id} account={node} />
                  ))}
                </tbody>
              </table>
              <div ref={sentinel} className="load-more">
                {accounts.pageInfo.hasNextPage ? (
                  <button type="button" onClick={loadMore} disabled={loadingMore}>
                    {loadingMore ? "Loading more…" : "Load more accounts"}
                  </button>
                ) : (
                  <span className="muted">End of the list.</span>
                )}
                {error ? <ErrorNotice error={error} title="More accounts could not be loaded" /> : null}
              </div>
            </>
          ) : null}
        </section>
        <CtaQueue />
      </div>
    </section>
  );
}
