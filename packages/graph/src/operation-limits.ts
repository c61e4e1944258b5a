/**
 * Measures an operation before it runs (depth, aliases, directives, cost), expanding fragments
 * once each, so a document of fragments that spread each other twice costs linear time to measure.
 */
import {
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

export interface OperationLimits {
  /** Deepest chain of nested fields (introspection fields add no depth). */
  maxDepth: number;
  /** Aliased fields in the operation, fragments expanded. */
  maxAliases: number;
  /** Lexical tokens in the document (enforced by the parser). */
  maxTokens: number;
  /** Directives in the operation, fragments expanded. */
  maxDirectives: number;
  /** See `measureOperation` for the cost model. */
  maxCost: number;
  /** `_entities` representations per request (subgraphs). */
  maxRepresentations: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 5_000,
  maxDirectives: 50,
  maxCost: 10_000,
  maxRepresentations: 2_000,
};

/** Fields that do more work than reading a row: their own cost instead of 1. */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  "Lead.prediction": 10,
  "Lead.nextAction": 10,
};

export interface OperationMeasure {
  /** `_entities` representations the operation asks for (0 when it is not an entity fetch). */
  representations: number;
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/** At least the largest `first` any list field accepts (healthHistory: 520). */
export const MAX_FIRST = 1000;

const INTROSPECTION_ROOTS: Record<string, string> = { __schema: "__Schema", __type: "__Type" };

const ZERO: OperationMeasure = { representations: 0, depth: 0, aliases: 0, directives: 0, cost: 0 };

/**
 * Measures of operations whose measure reads no variable (no `first: $n`, no representations):
 * Apollo Server hands the same parsed operation to every request with the same text, so each is
 * measured once. Those that read variables are measured on every request.
 */
const variableFreeMeasures = new WeakMap<OperationDefinitionNode, OperationMeasure>();

function hasVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(hasVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((f) => hasVariable(f.value));
  return false;
}

/**
 * Cost model: every field costs 1 (`__typename` 0; FIELD_COSTS above); a field
 * with a `first` argument multiplies the cost of its selection by `first` (its value, its
 * variable's value, or its default; at most MAX_FIRST); `_entities` multiplies by the number of representations.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const known = variableFreeMeasures.get(operation);
  if (known) return known;
  const memo = new Map<string, OperationMeasure>();
  let readsVariables = false;

  function selectionSet(set: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined): OperationMeasure {
    if (!set) return ZERO;
    let representations = 0;
    let depth = 0;
    let aliases = 0;
    let directives = 0;
    let cost = 0;
    for (const selection of set.selections) {
      let m: OperationMeasure;
      if (selection.kind === Kind.FIELD) m = field(selection, parent);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        m = selectionSet(selection.selectionSet, type ?? undefined);
      } else m = fragment(selection.name.value);
      representations += m.representations;
      depth = Math.max(depth, m.depth);
      aliases += m.aliases;
      directives += m.directives + (selection.directives?.length ?? 0);
      cost += m.cost;
    }
    return { representations, depth, aliases, directives, cost };
  }

  function fragment(name: string): OperationMeasure {
    const cached = memo.get(name);
    if (cached) return cached;
    const definition = fragments[name];
    if (!definition) return ZERO;
    memo.set(name, ZERO); // a cycle (rejected by validation anyway) counts once
    const m = selectionSet(definition.selectionSet, schema.getType(definition.typeCondition.name.value) ?? undefined);
    memo.set(name, m);
    return m;
  }

  function field(node: FieldNode, parent: GraphQLNamedType | undefined): OperationMeasure {
    const name = node.name.value;
    if (name === "__typename") return ZERO;
    // Introspection (development only) nests deeply by design: it costs, but adds no depth.
    const introspective = name.startsWith("__") || (parent?.name.startsWith("__") ?? false);
    const definition = fieldsOf(parent)?.[name];
    const introspectionRoot = INTROSPECTION_ROOTS[name];
    const childType = definition ? namedType(definition.type) : introspectionRoot ? schema.getType(introspectionRoot) : undefined;
    const child = selectionSet(node.selectionSet, childType ?? undefined);
    const own = (parent && FIELD_COSTS[`${parent.name}.${name}`]) ?? 1;
    const times = multiplier(node, definition);
    return {
      representations: name === "_entities" ? times : child.representations,
      depth: (introspective ? 0 : 1) + child.depth,
      aliases: (node.alias ? 1 : 0) + child.aliases,
      directives: child.directives,
      cost: own + times * child.cost,
    };
  }

  function multiplier(node: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number {
    if (node.name.value === "_entities") {
      const value = argumentValue(node, "representations");
      return Array.isArray(value) ? value.length : 1;
    }
    const first = argumentValue(node, "first") ?? definition?.args.find((a) => a.name === "first")?.defaultValue;
    // Past the largest page any list serves, the field itself refuses `first` (BAD_USER_INPUT
    // naming the argument) before resolving anything below it: count it as that largest page.
    return typeof first === "number" && Number.isFinite(first) ? Math.min(Math.max(0, first), MAX_FIRST) : 1;
  }

  function argumentValue(node: FieldNode, name: string): unknown {
    const argument = node.arguments?.find((a) => a.name.value === name);
    if (!argument) return undefined;
    if (hasVariable(argument.value)) readsVariables = true;
    return valueFromASTUntyped(argument.value, variables);
  }

  const root = selectionSet(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
  const measure = { ...root, directives: root.directives + (operation.directives?.length ?? 0) };
  if (!readsVariables) variableFreeMeasures.set(operation, measure);
  return measure;
}

// Structural checks rather than graphql's isObjectType: the gateway's schema comes from another
// copy of graphql (CommonJS), whose classes fail instanceof checks against this one's.
function fieldsOf(type: GraphQLNamedType | undefined): Record<string, GraphQLField<unknown, unknown>> | undefined {
  const candidate = type as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | undefined;
  return typeof candidate?.getFields === "function" && "getInterfaces" in candidate ? candidate.getFields() : undefined;
}

function namedType(type: GraphQLOutputType): GraphQLNamedType {
  let current: unknown = type;
  while (typeof current === "object" && current !== null && "ofType" in current) current = (current as { ofType: unknown }).ofType;
  return current as GraphQLNamedType;
}

/** The first limit the measure exceeds, as a sentence, or null. */
export function exceededLimit(measure: OperationMeasure, limits: OperationLimits): string | null {
  if (measure.representations > limits.maxRepresentations) {
    return `The operation asks for ${measure.representations} entity representations; the limit is ${limits.maxRepresentations}`;
  }
  if (measure.depth > limits.maxDepth) return `The operation is ${measure.depth} fields deep; the limit is ${limits.maxDepth}`;
  if (measure.aliases > limits.maxAliases) return `The operation has ${measure.aliases} aliases; the limit is ${limits.maxAliases}`;
  if (measure.directives > limits.maxDirectives) return `The operation has ${measure.directives} directives; the limit is ${limits.maxDirectives}`;
  if (measure.cost > limits.maxCost) return `The operation costs ${measure.cost}; the limit is ${limits.maxCost}`;
  return null;
}
