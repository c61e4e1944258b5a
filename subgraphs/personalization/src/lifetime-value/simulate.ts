/** The BG/NBD + Gamma-Gamma generative process, for tests and benchmarks with a known truth. Pure (seeded). */
import type { Rng } from "@revgraph/learning";
import type { LifetimeValueParameters, Transaction } from "./lifetime-value";
import { WEEK_MS } from "./lifetime-value";
import { beta, gamma } from "./special-functions";

export interface SimulationOptions {
  customers: number;
  /** First purchases fall uniformly in [start, start + acquisitionWeeks). */
  start: Date;
  acquisitionWeeks: number;
  /** Nothing is generated after this. */
  end: Date;
}

/** Customers `c0`, `c1`, …: a first purchase, then Poisson(λ) repeat purchases, each followed by dropout with probability p. */
export function simulateTransactions(truth: LifetimeValueParameters, options: SimulationOptions, rng: Rng): Transaction[] {
  const out: Transaction[] = [];
  const endWeeks = (options.end.getTime() - options.start.getTime()) / WEEK_MS;
  for (let i = 0; i < options.customers; i++) {
    const customerId = `c${i}`;
    const lambda = gamma(rng, truth.r, truth.alpha);
    const dropout = beta(rng, truth.a, truth.b);
    const nu = gamma(rng, truth.q, truth.gamma);
    const purchase = (t: number) => out.push({ customerId, at: new Date(options.start.getTime() + t * WEEK_MS), value: gamma(rng, truth.p, nu) });
    let t = rng() * options.acquisitionWeeks;
    if (t >= endWeeks) continue;
    purchase(t);
    // Dropout can follow each repeat purchase (FHL 2005): the first purchase starts the clock.
    for (;;) {
      t += -Math.log(1 - rng()) / lambda;
      if (t >= endWeeks) break;
      purchase(t);
      if (rng() < dropout) break;
    }
  }
  return out;
}
