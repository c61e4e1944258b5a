/** Rejects abusive operations after parsing and validation, before any resolver runs. */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, Kind, type FragmentDefinitionNode } from "graphql";
import { OPERATION_TOO_COMPLEX } from "./error-policy";
import { literalsProblem, variablesProblem } from "./input-safety";
import { exceededLimit, measureOperation, type OperationLimits } from "./operation-limits";

export function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: OPERATION_TOO_COMPLEX, http: { status: 400 } } });
}

/** Several operations and no (or an unknown) operationName: the client's mistake, a 400 (the gateway answered 500). */
function unresolvedOperation(name: string | undefined): GraphQLError {
  const message = name ? `Unknown operation named "${name.slice(0, 100)}"` : "Must provide operationName when the document contains several operations";
  return new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } } });
}

export function operationGuardPlugin<TContext extends BaseContext>(limits: OperationLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) throw unresolvedOperation(request.operationName);
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const problem = exceededLimit(measureOperation(schema, operation, fragments, request.variables ?? {}), limits);
          if (problem) throw tooComplex(problem);
          const input = variablesProblem(request.variables) ?? literalsProblem(document);
          if (input) throw new GraphQLError(input.message, { extensions: { code: "BAD_USER_INPUT", field: input.field, http: { status: 400 } } });
        },
      };
    },
  };
}
