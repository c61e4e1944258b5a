/** Saved segments: validation, creation and changes (nothing written on bad input), live membership and ROI in batches. */
import type { SegmentFilter as StoredFilter } from "@revgraph/db/schema";
import { UserError } from "@revgraph/graph";
import { engagementSql } from "../profile/profile.sql";
import type { ProfileListService, ProfilePage } from "../profile-list/profile-list.service";
import type { MemberValueService } from "./member-value.service";
import { roiOf, type Roi } from "./roi";
import { segmentConditions, usesLifetimeValue, type SegmentEvaluation } from "./segment-filter.sql";
import { validateSegmentFilter } from "./segment-filter.validation";
import { MAX_SEGMENTS, type CreateSegmentInput, type UpdateSegmentInput } from "./segment.input";
import type { SegmentRepository, SegmentRow } from "./segment.repository";

/** What membership needs of a segment. */
export type SegmentRef = Pick<SegmentRow, "id" | "filter">;

export interface SegmentResult {
  segment: SegmentRow | null;
  errors: UserError[];
}

const MAX_NAME = 100;
const MAX_DESCRIPTION = 500;

export class SegmentService {
  constructor(
    private readonly segments: SegmentRepository,
    private readonly lists: ProfileListService,
    private readonly values: MemberValueService,
    private readonly userId: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): Promise<SegmentRow[]> {
    return this.segments.list(MAX_SEGMENTS);
  }

  async create(input: CreateSegmentInput): Promise<SegmentResult> {
    const errors = this.checkText(input.name, input.description);
    const checked = validateSegmentFilter(input.filter, "input.filter");
    errors.push(...checked.errors);
    if (errors.length || !checked.filter) return { segment: null, errors };
    if ((await this.segments.countAll()) >= MAX_SEGMENTS) {
      return { segment: null, errors: [UserError.of("input", "LIMIT_EXCEEDED", `An organization keeps at most ${MAX_SEGMENTS} segments`)] };
    }
    const segment = await this.segments.insert({ name: input.name.trim(), description: input.description?.trim() || null, filter: checked.filter, createdById: this.userId });
    if (!segment) return { segment: null, errors: [taken(input.name)] };
    return { segment, errors: [] };
  }

  async update(input: UpdateSegmentInput): Promise<SegmentResult> {
    const errors: UserError[] = [];
    const [current] = await this.segments.findByIds([input.id]);
    if (!current) return { segment: null, errors: [UserError.of("input.id", "NOT_FOUND", `Segment ${input.id.slice(0, 64)} was not found`)] };
    errors.push(...this.checkText(input.name ?? current.name, input.description));
    let filter: StoredFilter | undefined;
    if (input.filter) {
      const checked = validateSegmentFilter(input.filter, "input.filter");
      errors.push(...checked.errors);
      filter = checked.filter ?? undefined;
    }
    if (errors.length) return { segment: null, errors };
    const name = input.name?.trim();
    if (name && (await this.segments.nameTaken(name, current.id))) return { segment: null, errors: [taken(name)] };
    const changes = {
      ...(name ? { name } : {}),
      ...(input.description != null ? { description: input.description.trim() || null } : {}),
      ...(filter ? { filter } : {}),
    };
    const segment = await this.segments.update(current.id, changes);
    return segment ? { segment, errors: [] } : { segment: null, errors: [UserError.of("input.id", "NOT_FOUND", `Segment ${input.id} was not found`)] };
  }

  /** The segment's members now, most engaged first. */
  async members(segment: SegmentRef, first: number, after?: string | null): Promise<ProfilePage> {
    return this.lists.page(segmentConditions(segment.filter, await this.evaluation([segment.filter])), { key: engagementSql(), direction: "desc" }, first, after);
  }

  /** Live member counts, one query for the batch (the loader's fetch). */
  async memberCounts(segments: readonly SegmentRef[]): Promise<number[]> {
    const filters = segments.map((s) => s.filter);
    return this.segments.memberCounts(filters, await this.evaluation(filters));
  }

  /** ROI of each segment's current members: one query for the batch, lifetime values from the organization's model. */
  async rois(segments: readonly SegmentRef[]): Promise<Roi[]> {
    const filters = segments.map((s) => s.filter);
    const [facts, values] = await Promise.all([this.evaluation(filters).then((at) => this.segments.memberFacts(filters, at)), this.values.byLead()]);
    return segments.map((_, i) => roiOf(facts.filter((f) => f.memberOf[i]).map((f) => ({ status: f.status, revenue: f.revenue, lifetimeValue: values.get(f.leadId) ?? null }))));
  }

  /** For each lead, the saved segments it belongs to (the loader's fetch). */
  async segmentsOfLeads(leadIds: readonly string[]): Promise<SegmentRow[][]> {
    const all = await this.list();
    const filters = all.map((s) => s.filter);
    const membership = await this.segments.membershipOfLeads(leadIds, filters, await this.evaluation(filters));
    return leadIds.map((leadId) => all.filter((_, i) => membership.get(leadId)?.[i] ?? false));
  }

  /** Now, and the modelled lifetime values when a filter bounds them (once per request: the member-value service keeps them). */
  private async evaluation(filters: readonly StoredFilter[]): Promise<SegmentEvaluation> {
    const lifetimeValues = filters.some(usesLifetimeValue) ? await this.values.byLead() : new Map<string, number>();
    return { now: this.now(), lifetimeValues };
  }

  private checkText(name: string, description: string | null | undefined): UserError[] {
    const errors: UserError[] = [];
    if (!name.trim()) errors.push(UserError.of("input.name", "REQUIRED", "name must not be empty"));
    else if (name.length > MAX_NAME) errors.push(UserError.of("input.name", "TOO_LONG", `name must be at most ${MAX_NAME} characters`));
    if (description != null && description.length > MAX_DESCRIPTION)
      errors.push(UserError.of("input.description", "TOO_LONG", `description must be at most ${MAX_DESCRIPTION} characters`));
    return errors;
  }
}

function taken(name: string): UserError {
  return UserError.of("input.name", "ALREADY_EXISTS", `A segment named "${name.trim().slice(0, 100)}" already exists`);
}
