/** A persona's traits, name and description, generated from its centroid (never from a fixed list of names). Pure. */
import type { PersonaModelData } from "@revgraph/db/schema";
import { PERSONA_FEATURES } from "./persona-features";

/** A trait counts when the centroid is at least this many standard deviations from the average. */
export const TRAIT_THRESHOLD = 0.35;

export interface PersonaTraitView {
  feature: string;
  label: string;
  /** The centroid's distance from the organization's average in standard deviations (signed). */
  strength: number;
  average: number;
  overallAverage: number;
  unit: string;
}

export interface PersonaView {
  index: number;
  name: string;
  description: string;
  size: number;
  share: number;
  traits: PersonaTraitView[];
}

export function describePersonas(model: PersonaModelData): PersonaView[] {
  const total = model.sizes.reduce((s, n) => s + n, 0);
  const names = new Map<string, number>();
  return model.centroids.map((centroid, index) => {
    const traits = centroid
      .map((z, j) => ({
        feature: PERSONA_FEATURES[j].name,
        label: z >= 0 ? PERSONA_FEATURES[j].high : PERSONA_FEATURES[j].low,
        strength: z,
        average: model.averages[index][j],
        overallAverage: model.overall[j],
        unit: PERSONA_FEATURES[j].unit,
      }))
      .sort((a, b) => Math.abs(b.strength) - Math.abs(a.strength));
    const strong = traits.filter((t) => Math.abs(t.strength) >= TRAIT_THRESHOLD);
    const naming = (strong.length ? strong : traits).slice(0, 2);
    let name = capitalize(naming.map((t) => t.label).join(", "));
    const seen = names.get(name) ?? 0;
    names.set(name, seen + 1);
    if (seen) name = `${name} (${seen + 1})`;
    const size = model.sizes[index];
    const share = total ? size / total : 0;
    const described = (strong.length ? strong : traits).slice(0, 3).map((t) => `${fmt(t.average)} ${t.unit} against ${fmt(t.overallAverage)} on average`);
    const description = `${size} customers (${Math.round(share * 100)}%), ${strong.length ? "set apart by" : "close to the average:"} ${described.join("; ")}.`;
    return { index, name, description, size, share, traits };
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fmt(x: number): string {
  return Math.abs(x) >= 10 ? x.toFixed(0) : x.toFixed(1);
}
