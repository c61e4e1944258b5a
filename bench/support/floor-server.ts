/**
 * The floor of the stack benchmark: what the flagship query and the work list cost without the
 * graph. One SQL statement through postgres.js per request, the project's own pure functions
 * (next action, profile scores, company domain), a minimal node:http server, and JSON identical
 * to the gateway's for the two operations the benchmark sends (`bench/stack.ts` asserts it).
 *
 * Run as its own process: `node --import tsx bench/support/floor-server.ts <DATABASE_URL> <port> <JWT secret>`.
 */
import http from "node:http";
import { createVerifier, bearerToken, type Identity } from "@revgraph/auth";
import { companyDomainOf } from "@revgraph/customer-success";
import { sendText } from "@revgraph/graph/send-text";
import { scoreProfile } from "@revgraph/personalization";
import { nextBestAction } from "@revgraph/scoring";
import postgres from "postgres";

const [databaseUrl, portArg, secret] = process.argv.slice(2);
if (!databaseUrl || !portArg || !secret) throw new Error("usage: floor-server.ts <DATABASE_URL> <port> <JWT secret>");
const sql = postgres(databaseUrl, { max: 10, onnotice: () => {} });
const verify = createVerifier({ secret });

/** The lead's row with everything the selection shows, joined in one statement (see `select`). */
interface Row {
  id: string;
  name: string;
  status: string;
  email: string | null;
  source: string | null;
  attributes: Record<string, string | number | boolean>;
  created_at: Date;
  closed_at: Date | null;
  score: number | null;
  probability: number | null;
  confidence: string | null;
  personalized: boolean | null;
  reasoning: string | null;
  factors: { name: string; contribution: number }[] | null;
  model_id: string | null;
  model_user_id: string | null;
  action_evidence: unknown;
  activities: { type: string; occurredAt: string }[];
  profile_id: string | null;
  total_sessions: number;
  viewed_items: { itemId: string }[];
  interests: unknown[];
  sentiment_history: { score: number }[];
  site_visits_scheduled: number;
  callbacks_requested: number;
  account_name: string | null;
  account_domain: string | null;
  health_score: number | null;
}

function select(identity: Identity, picked: postgres.PendingQuery<postgres.Row[]>) {
  // The serving model is the rep's own active model, else the organization's (README: per-rep learning).
  return sql<Row[]>`
    with model as (
      select id, user_id, action_evidence from scoring.scoring_models
      where organization_id = ${identity.organizationId} and active and (user_id = ${identity.userId} or user_id is null)
      order by user_id nulls last limit 1
    ), picked as (${picked})
    select l.id, l.name, l.status, l.email, l.source, l.attributes, l.created_at, l.closed_at,
      s.score, p.probability, p.confidence, p.personalized, p.reasoning,
      p.top_factors as factors,
      m.id as model_id, m.user_id as model_user_id,
      -- One model serves every row: its evidence (a few KB) comes once, on the first row, not parsed again per lead.
      case when row_number() over (order by l.created_at desc, l.id desc) = 1 then m.action_evidence end as action_evidence,
      (select coalesce(json_agg(json_build_object('type', a.type, 'occurredAt', a.occurred_at) order by a.occurred_at), '[]')
         from scoring.activities a where a.organization_id = l.organization_id and a.lead_id = l.id) as activities,
      cp.id as profile_id, cp.total_sessions, cp.viewed_items, cp.interests, cp.sentiment_history, cp.site_visits_scheduled, cp.callbacks_requested,
      acc.name as account_name, acc.domain as account_domain, acc.health_score
    from picked l
    left join model m on true
    left join scoring.lead_scores s on s.organization_id = l.organization_id and s.lead_id = l.id
    left join scoring.predictions p on p.organization_id = l.organization_id and p.lead_id = l.id
      and p.kind = 'CONVERSION' and p.model_key = coalesce(m.id::text, 'default')
    left join personalization.customer_profiles cp on cp.organization_id = l.organization_id and cp.lead_id = l.id
    left join customer_success.accounts acc on acc.organization_id = l.organization_id
      and acc.domain = rtrim(lower(trim(substring(l.email from '@([^@]*)$'))), '.')
    order by l.created_at desc, l.id desc`;
}

function toJson(row: Row, now: Date, modelEvidence: unknown) {
  const closed = row.status === "WON" || row.status === "LOST";
  const facts = {
    leadId: row.id,
    createdAt: row.created_at,
    closedAt: closed ? row.closed_at : null,
    outcome: closed ? (row.status as "WON" | "LOST") : null,
    source: row.source,
    attributes: row.attributes,
    activities: row.activities.map((a) => ({ type: a.type as never, occurredAt: new Date(a.occurredAt) })),
  };
  const evidence = row.model_id && modelEvidence ? { evidence: modelEvidence as never, whose: row.model_user_id ? ("your" as const) : ("your team's" as const) } : null;
  const action = row.probability === null ? null : nextBestAction(facts, row.probability, now, evidence);
  const profile =
    row.profile_id === null
      ? null
      : scoreProfile({
          totalSessions: row.total_sessions,
          viewedItems: row.viewed_items,
          interests: row.interests,
          sentimentHistory: row.sentiment_history,
          siteVisitsScheduled: row.site_visits_scheduled,
          callbacksRequested: row.callbacks_requested,
        });
  const hasAccount = row.account_name !== null && companyDomainOf(row.email) === row.account_domain;
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    score: row.score,
    prediction:
      row.probability === null
        ? null
        : {
            probability: row.probability,
            confidence: row.confidence,
            personalized: row.personalized,
            factors: (row.factors ?? []).map((f) => ({ name: f.name, contribution: f.contribution })),
            reasoning: row.reasoning,
          },
    nextAction: action && { action: action.action, priority: action.priority, reasoning: action.reasoning },
    profile: profile && { temperature: profile.temperature, engagementScore: profile.engagementScore, intentScore: profile.intentScore },
    account: hasAccount ? { name: row.account_name, healthScore: row.health_score } : null,
  };
}

async function answer(body: { operationName?: string; variables?: { id?: string; first?: number } }, identity: Identity): Promise<unknown> {
  const now = new Date();
  if (body.operationName === "LeadOutlook") {
    const id = String(body.variables?.id ?? "");
    const rows = await select(identity, sql`select * from sales.leads where organization_id = ${identity.organizationId} and id = ${id}`);
    return { data: { lead: rows[0] ? toJson(rows[0], now, rows[0].action_evidence) : null } };
  }
  if (body.operationName === "WorkList") {
    const first = Math.min(100, Number(body.variables?.first ?? 100));
    const rows = await select(
      identity,
      sql`select * from sales.leads where organization_id = ${identity.organizationId} and assigned_to_id = ${identity.userId}
          order by created_at desc, id desc limit ${first}`,
    );
    return { data: { leads: { nodes: rows.map((row) => toJson(row, now, rows[0]!.action_evidence)) } } };
  }
  return { errors: [{ message: `the floor serves LeadOutlook and WorkList, not ${body.operationName}` }] };
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    verify(bearerToken(req.headers.authorization))
      .then((identity) => answer(JSON.parse(Buffer.concat(chunks).toString("utf8")), identity))
      .then((result) => {
        // Sent as the product's servers send their answers: a string beyond ASCII is encoded once.
        res.setHeader("content-type", "application/json");
        sendText(res, JSON.stringify(result));
      })
      .catch((error: Error) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ message: error.message }] }));
      });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(portArg), "127.0.0.1");
process.on("SIGTERM", () => {
  server.close();
  void sql.end({ timeout: 2 }).then(() => process.exit(0));
});
