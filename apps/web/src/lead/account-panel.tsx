/** The customer account behind a lead's email domain, with its health and trend. */
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { HealthSparkline } from "../accounts/health-sparkline";
import { enumLabel, formatDate } from "../ui/format";

export const AccountPanelFragment = graphql(`
  fragment AccountPanel_lead on Lead {
    account {
      id
      name
      domain
      healthScore
      healthTrend
      lifecycleStage
      atRisk
      renewalDate
      healthHistory(first: 26) {
        score
        recordedAt
      }
    }
  }
`);

export function AccountPanel(props: { lead: FragmentType<typeof AccountPanelFragment> }) {
  const { account } = getFragmentData(AccountPanelFragment, props.lead);
  return (
    <section className="panel" aria-labelledby="account-title">
      <h2 id="account-title">Account</h2>
      {!account ? (
        <p className="muted">No customer account matches this lead's email domain.</p>
      ) : (
        <>
          <p className="big">
            {account.name} <span className="muted small">{account.domain}</span>
          </p>
          <dl className="facts">
            <dt>Health</dt>
            <dd>
              {account.healthScore} / 100 · {enumLabel(account.healthTrend)}
              {account.atRisk ? <span className="badge at-risk">At risk</span> : null}
            </dd>
            <dt>Lifecycle</dt>
            <dd>{enumLabel(account.lifecycleStage)}</dd>
            <dt>Renewal</dt>
            <dd>{formatDate(account.renewalDate)}</dd>
          </dl>
          <HealthSparkline name={account.name} trend={account.healthTrend} points={account.healthHistory} />
        </>
      )}
    </section>
  );
}
