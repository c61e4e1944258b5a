// Rolling-origin evaluation (Tashman 2000) of the product's organization model on leads in time order: train on the first k%, test on the next 10%.
import type { LeadFacts } from "../../subgraphs/scoring/src/model/features";
import { auc } from "@revgraph/learning";
import { predictAt } from "../../subgraphs/scoring/src/model/predict";
import { trainOrgModel } from "../../subgraphs/scoring/src/model/train";

export interface OriginResult {
  trainShare: number;
  testSize: number;
  auc: number | null;
}

/**
 * For k = 50%, 60%, … 90%: the org model trained as of the creation of the first lead after the
 * first k% (so it knows only their outcomes), scoring the next 10% as known at their creation.
 */
export function rollingOrigin(facts: LeadFacts[], shares: readonly number[] = [0.5, 0.6, 0.7, 0.8, 0.9]): OriginResult[] {
  const ordered = [...facts].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.leadId.localeCompare(b.leadId));
  const n = ordered.length;
  return shares.map((k) => {
    const cut = Math.floor(k * n);
    const test = ordered.slice(cut, Math.min(n, cut + Math.floor(0.1 * n)));
    const asOf = test[0].createdAt;
    const { model } = trainOrgModel({ orgFacts: ordered.slice(0, cut), now: asOf, options: { evaluate: false } });
    const p = test.map((f) => predictAt(model, f, f.createdAt).probability);
    return {
      trainShare: k,
      testSize: test.length,
      auc: auc(
        p,
        test.map((f) => (f.outcome === "WON" ? 1 : 0)),
      ),
    };
  });
}
