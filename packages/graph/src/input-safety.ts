/** Input every subgraph refuses before execution: NUL characters in strings and deeply nested values. */
import { visit, type DocumentNode } from "graphql";

/** Deepest nesting of objects and lists accepted in variables (lead attributes are flat). */
export const MAX_INPUT_NESTING = 32;

export interface InputProblem {
  field: string;
  message: string;
}

/** Walks variables without recursion (a hostile value must not exhaust the stack). */
export function variablesProblem(variables: Record<string, unknown> | undefined): InputProblem | null {
  if (!variables) return null;
  const stack: { value: unknown; path: string; depth: number }[] = Object.entries(variables).map(([name, value]) => ({ value, path: name, depth: 1 }));
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (value.includes("\u0000")) return { field: path, message: `${path} must not contain NUL characters` };
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth > MAX_INPUT_NESTING) return { field: path, message: `${path} is nested more than ${MAX_INPUT_NESTING} levels deep` };
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, child] of entries) {
      if (key.includes("\u0000")) return { field: path, message: `${path} must not contain NUL characters` };
      stack.push({ value: child, path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  return null;
}

/** Documents already checked: Apollo Server hands the same parsed document to every request with the same text. */
const checkedLiterals = new WeakMap<DocumentNode, InputProblem | null>();

/** String literals written in the document itself (remembered per parsed document). */
export function literalsProblem(document: DocumentNode): InputProblem | null {
  let problem = checkedLiterals.get(document);
  if (problem === undefined) {
    problem = findLiteralsProblem(document);
    checkedLiterals.set(document, problem);
  }
  return problem;
}

function findLiteralsProblem(document: DocumentNode): InputProblem | null {
  let problem: InputProblem | null = null;
  visit(document, {
    StringValue(node) {
      if (!problem && node.value.includes("\u0000")) problem = { field: "query", message: "String literals must not contain NUL characters" };
    },
  });
  return problem;
}
