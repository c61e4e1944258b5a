// Loads leads and outcomes through the public GraphQL API, the way an integration would.
import type { Client } from "@revgraph/testkit";
import { pool } from "./stats";

export type AttributeValue = string | number | boolean;

export interface LeadImport {
  externalId: string;
  name: string;
  email?: string;
  source?: string | null;
  assignedToId: string;
  createdAt: Date;
  attributes: Record<string, AttributeValue>;
}

export interface ConversionImport {
  leadId: string;
  outcome: "WON" | "LOST";
  occurredAt: Date;
  idempotencyKey: string;
}

export const MAX_LEADS_PER_CALL = 1000;
export const MAX_ACTIVITIES_PER_CALL = 5000;

const CREATE_LEADS = `mutation CreateLeads($input: [CreateLeadInput!]!) {
  createLeads(input: $input) { leads { id } errors { field code message } }
}`;

const RECORD_ACTIVITIES = `mutation RecordActivities($input: [ActivityInput!]!) {
  recordActivities(input: $input) { recordedCount errors { field code message } }
}`;

const RECORD_CONVERSION = `mutation RecordConversion($input: RecordConversionInput!) {
  recordConversion(input: $input) { replayed errors { field code message } }
}`;

function failOn(what: string, errors: { field: string; code: string; message: string }[]): void {
  if (errors.length > 0) throw new Error(`${what} failed: ${JSON.stringify(errors.slice(0, 5))}${errors.length > 5 ? ` (+${errors.length - 5} more)` : ""}`);
}

/** createLeads in calls of up to 1,000 rows; returns the ids in input order. */
export async function createLeads(client: Client, leads: LeadImport[], concurrency = 1): Promise<string[]> {
  const ids: string[] = new Array(leads.length);
  const calls = Math.ceil(leads.length / MAX_LEADS_PER_CALL);
  await pool(calls, concurrency, async (c) => {
    const chunk = leads.slice(c * MAX_LEADS_PER_CALL, (c + 1) * MAX_LEADS_PER_CALL);
    const input = chunk.map((l) => ({ ...l, createdAt: l.createdAt.toISOString() }));
    const data = await client.query<{ createLeads: { leads: { id: string }[]; errors: { field: string; code: string; message: string }[] } }>(CREATE_LEADS, { input });
    failOn(`createLeads (call ${c})`, data.createLeads.errors);
    data.createLeads.leads.forEach((l, i) => {
      ids[c * MAX_LEADS_PER_CALL + i] = l.id;
    });
  });
  return ids;
}

export async function recordActivities(client: Client, activities: { leadId: string; type: string; occurredAt: Date }[], concurrency = 1): Promise<void> {
  const calls = Math.ceil(activities.length / MAX_ACTIVITIES_PER_CALL);
  await pool(calls, concurrency, async (c) => {
    const input = activities.slice(c * MAX_ACTIVITIES_PER_CALL, (c + 1) * MAX_ACTIVITIES_PER_CALL).map((a) => ({ ...a, occurredAt: a.occurredAt.toISOString() }));
    const data = await client.query<{ recordActivities: { errors: { field: string; code: string; message: string }[] } }>(RECORD_ACTIVITIES, { input });
    failOn(`recordActivities (call ${c})`, data.recordActivities.errors);
  });
}

/**
 * recordConversion closes one lead per field. `perRequest` > 1 sends that many aliased
 * recordConversion fields in one GraphQL document (executed one after another, as mutation fields
 * are); `concurrency` requests are in flight.
 */
export async function recordConversions(client: Client, conversions: ConversionImport[], options: { concurrency?: number; perRequest?: number } = {}): Promise<void> {
  const concurrency = options.concurrency ?? 8;
  const perRequest = options.perRequest ?? 1;
  const encode = (c: ConversionImport) => ({ ...c, occurredAt: c.occurredAt.toISOString() });
  if (perRequest === 1) {
    await pool(conversions.length, concurrency, async (i) => {
      const c = conversions[i];
      const data = await client.query<{ recordConversion: { errors: { field: string; code: string; message: string }[] } }>(RECORD_CONVERSION, { input: encode(c) });
      failOn(`recordConversion (${c.leadId})`, data.recordConversion.errors);
    });
    return;
  }
  const requests = Math.ceil(conversions.length / perRequest);
  await pool(requests, concurrency, async (r) => {
    const batch = conversions.slice(r * perRequest, (r + 1) * perRequest);
    const vars = batch.map((_, i) => `$c${i}: RecordConversionInput!`).join(", ");
    const fields = batch.map((_, i) => `c${i}: recordConversion(input: $c${i}) { replayed errors { field code message } }`).join("\n  ");
    const variables = Object.fromEntries(batch.map((c, i) => [`c${i}`, encode(c)]));
    const data = await client.query<Record<string, { errors: { field: string; code: string; message: string }[] }>>(
      `mutation RecordConversions(${vars}) {\n  ${fields}\n}`,
      variables,
    );
    batch.forEach((c, i) => failOn(`recordConversion (${c.leadId})`, data[`c${i}`].errors));
  });
}
