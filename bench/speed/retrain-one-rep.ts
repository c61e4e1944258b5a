// Speed (a): retrain one rep with 5,000 closed leads through the gateway, and the pure training calls alone.
import type { TestStack, TestUser } from "@revgraph/testkit";
import { TrainingDataRepository } from "../../subgraphs/scoring/src/scoring-model/training-data.repository";
import { trainOrgModel, trainRepModel } from "../../subgraphs/scoring/src/model/train";
import { createLeads, recordActivities, recordConversions } from "../support/api-import";
import { generateLeads, type SyntheticLead } from "../support/synthetic-leads";
import { median, seconds, settle, timed } from "../support/stats";
import type { Figure } from "./figure";

export const RETRAIN = `mutation Retrain {
  retrainScoringModel { activated sampleSize model { version evaluation { method testSize model { auc } } } errors { code message } }
}`;

/** Creates leads through the API: createLeads, recordActivities, then recordConversion for closed ones. */
export async function importThroughApi(rep: TestUser, leads: SyntheticLead[]): Promise<string[]> {
  const ids = await createLeads(
    rep.client,
    leads.map((l) => ({ externalId: l.key, name: l.name, email: l.email, source: l.source, assignedToId: l.assignedToId, createdAt: l.createdAt, attributes: l.attributes })),
  );
  await recordActivities(
    rep.client,
    leads.flatMap((l, i) => l.activities.map((a) => ({ leadId: ids[i], type: a.type, occurredAt: a.occurredAt }))),
  );
  const closed = leads.flatMap((l, i) => (l.outcome && l.closedAt ? [{ leadId: ids[i], outcome: l.outcome, occurredAt: l.closedAt, idempotencyKey: `close-${l.key}` }] : []));
  await recordConversions(rep.client, closed, { concurrency: 8, perRequest: 25 });
  return ids;
}

export interface RepSetup {
  rep: TestUser;
  organizationId: string;
}

/** One rep with `count` closed leads (2-8 activities each), created through the API. */
export async function setupRepWithClosedLeads(stack: TestStack, count: number): Promise<RepSetup> {
  const org = await stack.createOrg();
  const rep = await org.user("rep");
  const leads = generateLeads({ count, seed: 7, now: new Date(), closed: true, activities: [2, 8], assignees: [rep.id], prefix: "closed" });
  const setup = await timed(() => importThroughApi(rep, leads));
  console.log(`  setup: ${count} closed leads, ${leads.reduce((s, l) => s + l.activities.length, 0)} activities through the API in ${seconds(setup.ms)} (not timed)`);
  return { rep, organizationId: org.id };
}

export async function benchRetrainOneRep(stack: TestStack, setup: RepSetup, runs: number): Promise<Figure[]> {
  const { rep } = setup;
  const mutation: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = await timed(() =>
      rep.client.query<{ retrainScoringModel: { errors: unknown[]; sampleSize: number; model: { evaluation: { method: string; model: { auc: number } } } } }>(RETRAIN),
    );
    const p = t.value.retrainScoringModel;
    if (p.errors.length) throw new Error(`retrainScoringModel failed: ${JSON.stringify(p.errors)}`);
    if (r === 0) console.log(`  retrain: sampleSize ${p.sampleSize}, ${p.model.evaluation.method}, held-out AUC ${p.model.evaluation.model.auc.toFixed(3)}`);
    mutation.push(t.ms);
    await settle();
  }
  console.log(`  retrainScoringModel runs: ${mutation.map((m) => m.toFixed(0)).join(", ")} ms`);

  // The same work without HTTP/GraphQL/database writes: read the facts once, then time the pure calls.
  const data = new TrainingDataRepository(stack.database.db, setup.organizationId);
  const read: number[] = [];
  let closed = await data.leads();
  for (let r = 0; r < runs; r++) {
    const t = await timed(() => data.leads());
    read.push(t.ms);
    closed = t.value;
  }
  const orgFacts = closed.map((l) => l.facts);
  const repFacts = closed.filter((l) => l.assignedToId === rep.id).map((l) => l.facts);
  const now = new Date();
  const orgTimes: number[] = [];
  const repTimes: number[] = [];
  const bothTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const org = trainOrgModel({ orgFacts, now });
    const t1 = performance.now();
    trainRepModel({ repFacts, orgFacts, now, org });
    const t2 = performance.now();
    orgTimes.push(t1 - t0);
    repTimes.push(t2 - t1);
    bothTimes.push(t2 - t0);
  }
  await settle();
  return [
    {
      name: "a",
      what: `retrainScoringModel via gateway, 1 rep × ${repFacts.length} closed leads`,
      median: median(mutation),
      runs: mutation.length,
      target: "< 1 s",
      targetMs: 1000,
    },
    { name: "a", what: "  pure trainOrgModel + trainRepModel (what the mutation computes)", median: median(bothTimes), runs, target: "", targetMs: null },
    { name: "a", what: "  pure trainOrgModel alone", median: median(orgTimes), runs, target: "", targetMs: null },
    { name: "a", what: "  pure trainRepModel alone (org fit given)", median: median(repTimes), runs, target: "", targetMs: null },
    { name: "a", what: "  read training data (TrainingDataRepository.closedLeads)", median: median(read), runs, target: "", targetMs: null },
  ];
}
