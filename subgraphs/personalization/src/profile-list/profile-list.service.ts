/** Seed 001's lists of customers (hot, stuck, high intent without a visit, repeat viewers): validation, the SQL conditions and keyset pages. */
import { eq, gte, inArray, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { OPEN_LEAD_STATUSES } from "@revgraph/db/vocabulary";
import { badInput } from "@revgraph/graph";
import { engagementSql, intentSql, temperatureCondition } from "../profile/profile.sql";
import type { ProfileRow } from "../profile/profile.repository";
import type { TemperatureValue } from "../profile/profile-scoring";
import { decodeProfileCursor, encodeProfileCursor } from "./profile-list.cursor";
import { MAX_PROFILE_LIST_PAGE, type HighIntentFilter, type HotLeadsFilter, type RepeatViewersFilter, type StuckLeadsFilter } from "./profile-list.input";
import type { ProfileListRepository, ProfileOrder } from "./profile-list.repository";

const { customerProfiles: profiles, leadsForPersonalization: leads } = schema;
const DAY_MS = 86_400_000;
const MAX_DAYS = 3650;
/** The sort key of a profile never active: before any real time, so those profiles come last (a cursor holds only finite numbers). */
const NEVER_ACTIVE = -1e15;

export interface ProfilePage {
  rows: ProfileRow[];
  cursors: string[];
  hasNextPage: boolean;
  /** Counts the whole list (for totalCount, only when asked). */
  count: () => Promise<number>;
}

export function checkInteger(field: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, `${field} must be an integer between ${min} and ${max}, got ${value}`);
}

export class ProfileListService {
  constructor(
    private readonly repository: ProfileListRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every profile (optionally of one temperature), most recently active first; never-active ones last. */
  recentlyActive(temperature: TemperatureValue | null | undefined, first: number, after?: string | null): Promise<ProfilePage> {
    const conditions = temperature ? [temperatureCondition(temperature)] : [];
    const lastActive = sql`coalesce(extract(epoch from ${profiles.lastActiveAt})::float8, ${NEVER_ACTIVE}::float8)`;
    return this.page(conditions, { key: lastActive, direction: "desc" }, first, after);
  }

  /** HOT customers active within the last N days, most engaged first. */
  hotLeads(filter: HotLeadsFilter, first: number, after?: string | null): Promise<ProfilePage> {
    checkInteger("filter.activeWithinDays", filter.activeWithinDays, 1, MAX_DAYS);
    const since = new Date(this.now().getTime() - filter.activeWithinDays * DAY_MS);
    return this.page([temperatureCondition("HOT"), gte(profiles.lastActiveAt, since)], { key: engagementSql(), direction: "desc" }, first, after);
  }

  /** Open leads whose stage has not changed for N days, longest stuck first. */
  stuckLeads(filter: StuckLeadsFilter, first: number, after?: string | null): Promise<ProfilePage> {
    checkInteger("filter.stuckForDays", filter.stuckForDays, 1, MAX_DAYS);
    if (filter.stages && (filter.stages.length > 50 || filter.stages.some((s) => !s.trim() || s.length > 50))) {
      throw badInput("filter.stages", "filter.stages may hold at most 50 stages of 1-50 characters");
    }
    const before = new Date(this.now().getTime() - filter.stuckForDays * DAY_MS);
    const conditions = [isNotNull(profiles.stageChangedAt), lte(profiles.stageChangedAt, before), inArray(leads.status, [...OPEN_LEAD_STATUSES])];
    if (filter.stages) conditions.push(inArray(profiles.currentStage, filter.stages.length ? filter.stages.map((s) => s.trim()) : [""]));
    return this.page(conditions, { key: sql`extract(epoch from ${profiles.stageChangedAt})::float8`, direction: "asc" }, first, after);
  }

  /** Open leads with intent ≥ the minimum and no site visit scheduled, highest intent first. */
  highIntentWithoutSiteVisit(filter: HighIntentFilter, first: number, after?: string | null): Promise<ProfilePage> {
    checkInteger("filter.minIntent", filter.minIntent, 0, 10);
    const conditions = [eq(profiles.siteVisitsScheduled, 0), sql`${intentSql()} >= ${filter.minIntent}::float8`, inArray(leads.status, [...OPEN_LEAD_STATUSES])];
    return this.page(conditions, { key: intentSql(), direction: "desc" }, first, after);
  }

  /** Customers who viewed one item at least N times, most views of one item first. */
  repeatViewers(filter: RepeatViewersFilter, first: number, after?: string | null): Promise<ProfilePage> {
    checkInteger("filter.minViews", filter.minViews, 1, 1000);
    const maxViews = sql`coalesce((select max((v->>'viewCount')::int) from jsonb_array_elements(${profiles.viewedItems}) v), 0)::float8`;
    return this.page([sql`${maxViews} >= ${filter.minViews}::float8`], { key: maxViews, direction: "desc" }, first, after);
  }

  /** One keyset page of the profiles the conditions keep, in the order's direction. */
  async page(conditions: SQL[], order: ProfileOrder, first: number, after?: string | null): Promise<ProfilePage> {
    checkInteger("first", first, 0, MAX_PROFILE_LIST_PAGE);
    const cursor = after ? decodeProfileCursor("after", after) : undefined;
    const entries = await this.repository.page(conditions, order, first + 1, cursor);
    const page = entries.slice(0, first);
    return {
      rows: page.map((e) => e.row),
      cursors: page.map((e) => encodeProfileCursor({ key: e.key, id: e.row.id })),
      hasNextPage: entries.length > first,
      count: () => this.repository.count(conditions),
    };
  }
}
