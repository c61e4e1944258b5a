/** The Apollo Server settings the gateway and every subgraph share: limits, error policy, production switches. */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { createFormatError, requestIdPlugin } from "./error-policy";
import type { Logger } from "./logger";
import { metricsPlugin } from "./metrics";
import { operationGuardPlugin } from "./operation-guard";
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from "./operation-limits";

export interface ServerPolicyOptions {
  /** The process's name in metrics: "gateway" or the subgraph's name. */
  service: string;
  production: boolean;
  log: Logger;
  limits?: Partial<OperationLimits>;
}

export function serverPolicy<TContext extends BaseContext>(options: ServerPolicyOptions) {
  const limits = { ...DEFAULT_OPERATION_LIMITS, ...options.limits };
  return {
    // Apollo Sandbox needs introspection and suggestions in development; production hides both.
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: !options.production,
    parseOptions: { maxTokens: limits.maxTokens },
    formatError: createFormatError(options),
    // No response caching is configured anywhere, so the cache-control plugin Apollo Server installs by
    // default would only add a hook to every resolved field (about 5% of a subgraph's CPU under load).
    plugins: [
      requestIdPlugin<TContext>(),
      operationGuardPlugin<TContext>(limits),
      metricsPlugin<TContext>(options.service),
      ApolloServerPluginCacheControlDisabled(),
    ] as ApolloServerPlugin<TContext>[],
  };
}
