/**
 * Analytics (manager/analyst): what the graph can aggregate today — leads by status, from the lead
 * connection's totalCount — and a clearly marked place for the analytics aggregates still to come.
 */
import { useQuery } from "@apollo/client/react";
import { graphql } from "@revgraph/client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { enumLabel } from "../ui/format";
import { ErrorNotice, Loading } from "../ui/query-state";

export const AnalyticsPageQuery = graphql(`
  query AnalyticsPage {
    new: leads(first: 0, filter: { status: [NEW] }) {
      totalCount
    }
    contacted: leads(first: 0, filter: { status: [CONTACTED] }) {
      totalCount
    }
    qualified: leads(first: 0, filter: { status: [QUALIFIED] }) {
      totalCount
    }
    won: leads(first: 0, filter: { status: [WON] }) {
      totalCount
    }
    lost: leads(first: 0, filter: { status: [LOST] }) {
      totalCount
    }
  }
`);

export function AnalyticsPage() {
  const { data, loading, error } = useQuery(AnalyticsPageQuery);
  const rows = data
    ? (["new", "contacted", "qualified", "won", "lost"] as const).map((status) => ({ status: enumLabel(status), leads: data[status].totalCount }))
    : [];
  const won = data?.won.totalCount ?? 0;
  const lost = data?.lost.totalCount ?? 0;
  return (
    <section aria-labelledby="analytics-title">
      <h1 id="analytics-title">Analytics</h1>
      <section className="panel" aria-labelledby="status-title">
        <h2 id="status-title">Leads by status</h2>
        {loading && !data ? <Loading label="Loading lead counts…" /> : null}
        {error && !data ? <ErrorNotice error={error} title="Lead counts could not be loaded" /> : null}
        {data ? (
          <figure className="chart">
            <div aria-hidden="true" style={{ width: "100%", height: 240 }}>
              <ResponsiveContainer>
                <BarChart accessibilityLayer={false} data={rows}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="status" />
                  <YAxis allowDecimals={false} />
                  <Tooltip />
                  <Bar dataKey="leads" fill="#1f5fa8" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <figcaption>
              {rows.map((r) => `${r.status}: ${r.leads}`).join(" · ")}
              {won + lost > 0 ? ` · win rate of closed leads ${((100 * won) / (won + lost)).toFixed(1)}%` : ""}
            </figcaption>
          </figure>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="coming-title">
        <h2 id="coming-title">Win rates, funnel, lift and model history</h2>
        {/* Not in the API yet: wire the analytics aggregates here when the graph serves them. */}
        <p className="muted">
          Not available yet: win rate and volume by source, rep and month, the funnel's transitions, lift by probability decile and model metrics
          over time need analytics queries the graph does not serve so far. The active model's calibration is on <a href="model">My model</a>.
        </p>
      </section>
    </section>
  );
}
