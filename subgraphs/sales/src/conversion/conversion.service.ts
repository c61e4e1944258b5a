/** Records won/lost outcomes exactly once per lead, however often a client retries. */
import { UserError, type UserErrorCode, isInFuture, isUuid } from "@revgraph/graph";
import type { Identity } from "@revgraph/auth";
import { isUniqueViolation, type Database } from "@revgraph/db";
import type { LeadRepository, LeadRow } from "../lead/lead.repository";
import type { ConversionRepository, ConversionRow } from "./conversion.repository";
import type { RecordConversionInput } from "./conversion.type";

export interface RecordConversionResult {
  lead: LeadRow | null;
  conversion: ConversionRow | null;
  replayed: boolean;
  errors: UserError[];
}

export class ConversionService {
  constructor(
    private readonly db: Database,
    private readonly identity: Identity,
    private readonly leads: LeadRepository,
    private readonly conversions: ConversionRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(input: RecordConversionInput): Promise<RecordConversionResult> {
    const fail = (field: string, code: UserErrorCode, message: string): RecordConversionResult => ({
      lead: null,
      conversion: null,
      replayed: false,
      errors: [UserError.of(field, code, message)],
    });
    if (!isUuid(input.leadId)) return fail("input.leadId", "INVALID_ID", "input.leadId must be a UUID");
    const key = input.idempotencyKey.trim();
    if (!key || key.length > 200) return fail("input.idempotencyKey", "INVALID_KEY", "input.idempotencyKey must be 1-200 characters");
    const now = this.now();
    const occurredAt = input.occurredAt ?? now;
    if (isInFuture(occurredAt, now)) return fail("input.occurredAt", "IN_FUTURE", "input.occurredAt must not be in the future");

    try {
      return await this.recordOnce(input, key, occurredAt, fail);
    } catch (error) {
      // The lead row lock serializes calls for one lead, not one key used for two leads at once:
      // there the unique index stops the loser, whose second attempt sees the winner's row and
      // answers with the coded error (or the replay) a sequential call would have got.
      if (!isUniqueViolation(error)) throw error;
      return this.recordOnce(input, key, occurredAt, fail);
    }
  }

  private recordOnce(
    input: RecordConversionInput,
    key: string,
    occurredAt: Date,
    fail: (field: string, code: UserErrorCode, message: string) => RecordConversionResult,
  ): Promise<RecordConversionResult> {
    return this.db.transaction(async (tx) => {
      const lead = await this.leads.lockById(tx, input.leadId);
      if (!lead) return fail("input.leadId", "NOT_FOUND", `Lead ${input.leadId} was not found`);
      const sameKey = await this.conversions.findByKey(tx, key);
      if (sameKey) {
        if (sameKey.leadId !== lead.id || sameKey.outcome !== input.outcome) {
          return fail("input.idempotencyKey", "IDEMPOTENCY_KEY_REUSED", "This idempotency key was already used for a different conversion");
        }
        return { lead, conversion: sameKey, replayed: true, errors: [] };
      }
      const earlier = await this.conversions.findByLead(tx, lead.id);
      if (earlier) return fail("input.leadId", "ALREADY_CLOSED", `Lead ${lead.id} was already recorded as ${earlier.outcome}`);
      if (occurredAt < lead.createdAt) return fail("input.occurredAt", "BEFORE_CREATED", "input.occurredAt is before the lead was created");

      const conversion = await this.conversions.insert(tx, {
        leadId: lead.id,
        outcome: input.outcome,
        occurredAt,
        idempotencyKey: key,
        recordedBy: this.identity.userId,
      });
      const closed = await this.leads.update(tx, lead.id, { status: input.outcome, closedAt: occurredAt });
      return { lead: closed ?? lead, conversion, replayed: false, errors: [] };
    });
  }
}
