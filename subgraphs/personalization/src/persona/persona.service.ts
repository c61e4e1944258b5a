/** Personas of the organization: keeps the model fitted to its profiles (refit when their number changes or the fit is a day old), assigns a profile, reports each persona's ROI. */
import type { MemberValueService } from "../segment/member-value.service";
import { roiOf, type Roi } from "../segment/roi";
import { rawFeatures, type PersonaFeatureInput } from "./persona-features";
import { describePersonas, type PersonaView } from "./persona-naming";
import type { PersonaModelRow, PersonaRepository } from "./persona.repository";
import { assignPersona, fitPersonas } from "./personas";

const REFIT_AFTER_MS = 86_400_000;

export interface PersonaSetView {
  model: PersonaModelRow;
  personas: PersonaView[];
}

export class PersonaService {
  private current?: Promise<PersonaSetView | null>;
  private rois?: Promise<Roi[]>;

  constructor(
    private readonly repository: PersonaRepository,
    private readonly values: MemberValueService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The organization's personas, refitted first when stale; null below the minimum of profiles. Once per request. */
  personas(): Promise<PersonaSetView | null> {
    this.current ??= this.load();
    return this.current;
  }

  private async load(): Promise<PersonaSetView | null> {
    const now = this.now();
    const [stored, profiles] = await Promise.all([this.repository.find(), this.repository.profileCount()]);
    if (stored && stored.profiles === profiles && now.getTime() - stored.fittedAt.getTime() < REFIT_AFTER_MS) {
      return { model: stored, personas: describePersonas(stored.model) };
    }
    const members = await this.repository.members();
    const model = fitPersonas(members.map((m) => rawFeatures(m, now)));
    if (!model) return null;
    const best = model.silhouettes.find((s) => s.k === model.centroids.length)!;
    const row = { model, k: model.centroids.length, silhouette: best.silhouette, profiles, fittedAt: now };
    await this.repository.save(row);
    return { model: { ...row, organizationId: this.repository.organizationId }, personas: describePersonas(model) };
  }

  /** The persona a profile belongs to now, or null when there are no personas. */
  async personaOf(profile: PersonaFeatureInput): Promise<PersonaView | null> {
    const set = await this.personas();
    if (!set) return null;
    return set.personas[assignPersona(set.model.model, rawFeatures(profile, this.now()))] ?? null;
  }

  /** ROI of every persona over the current profiles (assigned with the stored model), computed once per request. */
  roi(index: number): Promise<Roi | null> {
    this.rois ??= this.loadRois();
    return this.rois.then((all) => all[index] ?? null);
  }

  private async loadRois(): Promise<Roi[]> {
    const set = await this.personas();
    if (!set) return [];
    const now = this.now();
    const [members, values] = await Promise.all([this.repository.members(), this.values.byLead()]);
    const groups = set.personas.map(() => [] as Parameters<typeof roiOf>[0][number][]);
    for (const m of members) {
      groups[assignPersona(set.model.model, rawFeatures(m, now))].push({ status: m.status, revenue: m.revenue, lifetimeValue: values.get(m.leadId) ?? null });
    }
    return groups.map(roiOf);
  }
}
