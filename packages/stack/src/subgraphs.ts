import type { Config } from "@revgraph/config";
import { customerSuccessSubgraph } from "@revgraph/customer-success";
import type { SubgraphDefinition } from "@revgraph/graph";
import { personalizationSubgraph } from "@revgraph/personalization";
import { salesSubgraph } from "@revgraph/sales";
import { scoringSubgraph } from "@revgraph/scoring";

/** The four subgraphs, in composition order. */
export function subgraphDefinitions(config: Pick<Config, "openai">): SubgraphDefinition[] {
  return [salesSubgraph(), scoringSubgraph({ openai: config.openai }), personalizationSubgraph(), customerSuccessSubgraph({ openai: config.openai })] as SubgraphDefinition[];
}
