/**
 * Synthetic customer profiles with a planted persona structure (four kinds of behaviour), for
 * checking that clustering recovers it: the unit tests and the persona benchmark. Pure: seeded.
 */
import { mulberry32, poisson } from "@revgraph/learning";
import type { PersonaFeatureInput } from "./persona-features";

const DAY_MS = 86_400_000;

export const PLANTED_PERSONAS = ["window shoppers", "decisive visitors", "gone quiet", "objectors"] as const;

export interface PlantedProfile {
  profile: PersonaFeatureInput;
  truth: number;
}

/** `n` profiles spread evenly over the four planted personas, as of `now`. */
export function simulatePersonaProfiles(n: number, now: Date, seed = 7): PlantedProfile[] {
  const rng = mulberry32(seed);
  const between = (lo: number, hi: number) => lo + rng() * (hi - lo);
  const out: PlantedProfile[] = [];
  for (let i = 0; i < n; i++) {
    const truth = i % PLANTED_PERSONAS.length;
    const spec = [
      { sessions: 9, items: 8, repeat: 0.5, interests: 1, visits: 0, callbacks: 0, brochures: 2, objections: 0.3, sentiment: [0, 0.4], days: [0, 10] },
      { sessions: 3, items: 2, repeat: 2, interests: 2, visits: 1.5, callbacks: 1.2, brochures: 0.5, objections: 0.3, sentiment: [0.3, 0.9], days: [0, 14] },
      { sessions: 1, items: 1, repeat: 0.1, interests: 0.1, visits: 0, callbacks: 0, brochures: 0.2, objections: 0.2, sentiment: [-0.3, 0.2], days: [60, 180] },
      { sessions: 4, items: 3, repeat: 0.5, interests: 0.5, visits: 0.3, callbacks: 0.2, brochures: 0.5, objections: 4, sentiment: [-0.8, -0.2], days: [3, 40] },
    ][truth];
    const items = Math.max(0, poisson(rng, spec.items));
    const repeat = poisson(rng, spec.repeat * Math.max(1, items));
    const viewedItems = Array.from({ length: items }, (_, j) => ({ itemId: `i${j}`, viewCount: 1 + (j < repeat ? 1 : 0) }));
    const sentiments = Array.from({ length: 1 + poisson(rng, 2) }, () => ({ score: between(spec.sentiment[0], spec.sentiment[1]) }));
    out.push({
      truth,
      profile: {
        totalSessions: Math.max(1, poisson(rng, spec.sessions)),
        viewedItems,
        interests: Array.from({ length: poisson(rng, spec.interests) }, () => ({})),
        objections: [{ count: poisson(rng, spec.objections) }],
        sentimentHistory: sentiments,
        siteVisitsScheduled: poisson(rng, spec.visits),
        callbacksRequested: poisson(rng, spec.callbacks),
        brochuresDownloaded: poisson(rng, spec.brochures),
        lastActiveAt: new Date(now.getTime() - between(spec.days[0], spec.days[1]) * DAY_MS),
      },
    });
  }
  return out;
}
