/** Lead use cases: listing with keyset pages, bulk all-or-nothing import, updates. */
import { UserError, assertUuid, badInput } from "@revgraph/graph";
import type { Identity } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import type { UserRepository } from "../user/user.repository";
import { decodeCursor, encodeCursor } from "./lead.cursor";
import { LeadOrderField, MAX_LEADS_PER_CALL, MAX_PAGE_SIZE, OrderDirection, type CreateLeadInput, type LeadFilter, type LeadOrder, type UpdateLeadInput } from "./lead.input";
import { sortValue, type LeadQuery, type LeadRepository, type LeadRow } from "./lead.repository";
import { asAttributes, validateLeadFields } from "./lead.validation";

export interface LeadPage {
  rows: LeadRow[];
  /** A row's cursor, encoded when asked for (a work list of 100 asks for none). */
  cursorOf: (row: LeadRow) => string;
  hasNextPage: boolean;
  query: LeadQuery;
}

export interface CreateLeadsResult {
  leads: LeadRow[];
  created: number;
  existing: number;
  errors: UserError[];
}

export interface UpdateLeadResult {
  lead: LeadRow | null;
  errors: UserError[];
}

export class LeadService {
  constructor(
    private readonly db: Database,
    private readonly identity: Identity,
    private readonly leads: LeadRepository,
    private readonly users: UserRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A page of leads; `scope` narrows it further (e.g. to an account's domain) beside the client's filter. */
  async list(
    first: number,
    after: string | null | undefined,
    filter: LeadFilter | null | undefined,
    orderBy: LeadOrder | null | undefined,
    scope: LeadQuery = {},
  ): Promise<LeadPage> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      throw badInput("first", `first must be between 0 and ${MAX_PAGE_SIZE}`);
    }
    const order = { field: orderBy?.field ?? LeadOrderField.CREATED_AT, direction: orderBy?.direction ?? OrderDirection.DESC };
    const query = { ...this.resolveFilter(filter), ...scope };
    const cursor = after ? decodeCursor("after", after, order.field) : undefined;
    const rows = await this.leads.page(query, order, first + 1, cursor);
    const page = rows.slice(0, first);
    return {
      rows: page,
      cursorOf: (row) => encodeCursor({ value: sortValue(order.field, row), id: row.id }),
      hasNextPage: rows.length > first,
      query,
    };
  }

  count(query: LeadQuery): Promise<number> {
    return this.leads.count(query);
  }

  private resolveFilter(filter: LeadFilter | null | undefined): LeadQuery {
    if (!filter) return {};
    const assigneeChoices = [filter.mine, filter.assignedToId != null, filter.unassigned].filter(Boolean).length;
    if (assigneeChoices > 1) throw badInput("filter", "Use only one of filter.mine, filter.assignedToId and filter.unassigned");
    if (filter.search != null && filter.search.length > 200) throw badInput("filter.search", "filter.search must be at most 200 characters");
    return {
      status: filter.status ?? undefined,
      assigneeId: filter.mine ? this.identity.userId : (filter.assignedToId ?? undefined),
      unassigned: filter.unassigned ?? undefined,
      source: filter.source ?? undefined,
      search: filter.search?.trim() || undefined,
    };
  }

  /** Creates every lead or none. Rows whose externalId was imported before are returned as they are. */
  async createMany(input: CreateLeadInput[]): Promise<CreateLeadsResult> {
    const fail = (errors: UserError[]): CreateLeadsResult => ({ leads: [], created: 0, existing: 0, errors });
    if (input.length === 0) return fail([UserError.of("input", "EMPTY", "input must contain at least one lead")]);
    if (input.length > MAX_LEADS_PER_CALL) {
      return fail([UserError.of("input", "LIMIT_EXCEEDED", `At most ${MAX_LEADS_PER_CALL} leads per call; got ${input.length}`)]);
    }
    const now = this.now();
    const errors = input.flatMap((row, i) => validateLeadFields(row, `input.${i}.`, now, true));
    const seen = new Map<string, number>();
    input.forEach((row, i) => {
      if (row.externalId == null) return;
      const first = seen.get(row.externalId);
      if (first !== undefined) errors.push(UserError.of(`input.${i}.externalId`, "DUPLICATE_IN_BATCH", `externalId "${row.externalId}" also appears at input.${first}`));
      else seen.set(row.externalId, i);
    });
    if (errors.length) return fail(errors);

    return this.db.transaction(async (tx) => {
      await this.users.ensureAssignees(
        tx,
        input.flatMap((row) => (row.assignedToId ? [row.assignedToId] : [])),
      );
      const inserted = await this.leads.insertMany(
        tx,
        input.map((row) => ({
          externalId: row.externalId ?? null,
          name: row.name.trim(),
          email: row.email ?? null,
          company: row.company ?? null,
          source: row.source ?? null,
          status: row.status ?? "NEW",
          value: row.value ?? null,
          assignedToId: row.assignedToId ?? null,
          attributes: asAttributes(row.attributes),
          createdAt: row.createdAt ?? now,
          updatedAt: now,
        })),
      );
      const insertedExternal = new Set(inserted.map((row) => row.externalId));
      const skipped = [...seen.keys()].filter((externalId) => !insertedExternal.has(externalId));
      const existing = await this.leads.findByExternalIds(tx, skipped);
      const byExternal = new Map([...inserted, ...existing].filter((r) => r.externalId).map((r) => [r.externalId!, r] as const));
      const fresh = inserted.filter((r) => !r.externalId);
      let freshIndex = 0;
      const ordered = input.map((row) => (row.externalId != null ? byExternal.get(row.externalId)! : fresh[freshIndex++]));
      return { leads: ordered, created: inserted.length, existing: existing.length, errors: [] };
    });
  }

  async update(id: string, input: UpdateLeadInput): Promise<UpdateLeadResult> {
    assertUuid("id", id);
    const errors = validateLeadFields(input, "input.", this.now(), false);
    if (errors.length) return { lead: null, errors };
    return this.db.transaction(async (tx) => {
      const current = await this.leads.lockById(tx, id);
      if (!current) return { lead: null, errors: [UserError.of("id", "NOT_FOUND", `Lead ${id} was not found`)] };
      if (input.status != null && (current.status === "WON" || current.status === "LOST")) {
        return { lead: null, errors: [UserError.of("input.status", "LEAD_CLOSED", `Lead ${id} is already ${current.status}`)] };
      }
      if (input.assignedToId) await this.users.ensureAssignees(tx, [input.assignedToId]);
      const changes = Object.fromEntries(
        Object.entries({
          name: input.name?.trim(),
          email: input.email,
          company: input.company,
          source: input.source,
          status: input.status,
          value: input.value,
          assignedToId: input.assignedToId,
          attributes: input.attributes === undefined ? undefined : asAttributes(input.attributes),
        }).filter(([, value]) => value !== undefined),
      );
      const lead = await this.leads.update(tx, id, changes);
      return { lead: lead ?? null, errors: [] };
    });
  }
}
