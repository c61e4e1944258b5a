/** Accounts (CSM): the organization's accounts, least healthy first, with health trend sparklines. */
import { useQuery } from "@apollo/client/react";
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { useState } from "react";
import { enumLabel, formatDate } from "../ui/format";
import { Empty, ErrorNotice, Loading } from "../ui/query-state";
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
  }
`);

export const AccountsPageQuery = graphql(`
  query AccountsPage($first: Int!, $atRisk: Boolean) {
    accounts(first: $first, atRisk: $atRisk) {
      id
      ...AccountRow_account
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

export function AccountsPage() {
  const [atRiskOnly, setAtRiskOnly] = useState(false);
  const { data, loading, error } = useQuery(AccountsPageQuery, { variables: { first: 100, atRisk: atRiskOnly ? true : null } });
  return (
    <section aria-labelledby="accounts-title">
      <h1 id="accounts-title">Accounts</h1>
      <p className="muted">Your organization's customer accounts, least healthy first.</p>
      <label className="checkbox">
        <input type="checkbox" checked={atRiskOnly} onChange={(e) => setAtRiskOnly(e.target.checked)} /> Only accounts at risk
      </label>
      {loading && !data ? <Loading label="Loading accounts…" /> : null}
      {error && !data ? <ErrorNotice error={error} title="Accounts could not be loaded" /> : null}
      {data && data.accounts.length === 0 ? <Empty title="No accounts match." /> : null}
      {data && data.accounts.length > 0 ? (
        <table>
          <caption className="visually-hidden">Accounts, least healthy first</caption>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Health</th>
              <th scope="col">Trend</th>
              <th scope="col">History</th>
              <th scope="col">Lifecycle</th>
              <th scope="col">Renewal</th>
            </tr>
          </thead>
          <tbody>
            {data.accounts.map((account) => (
              <AccountRow key={account.id} account={account} />
            ))}
          </tbody>
        </table>
      ) : null}
      <section className="panel" aria-labelledby="cs-queue-title">
        <h2 id="cs-queue-title">Churn predictions and calls to action</h2>
        {/* Not in the API yet: when customer success's churn predictions and CTAs land, their queue goes here. */}
        <p className="muted">Not available yet: the graph does not serve churn predictions or CTAs so far.</p>
      </section>
    </section>
  );
}
