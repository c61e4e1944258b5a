/** A vocabulary (an `as const` list of words) as a string enum object ({ CALL: "CALL", … }): the shape type-graphql's registerEnumType takes. */
export function enumObject<const T extends readonly string[]>(values: T): { readonly [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T[number]]: K };
}

/** A vocabulary of lower-case words as an enum object named in upper case ({ REP: "rep", … }): GraphQL names stay conventional, values stay the stored words. */
export function upperCaseEnumObject<const T extends readonly string[]>(values: T): { readonly [K in T[number] as Uppercase<K>]: K } {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as { readonly [K in T[number] as Uppercase<K>]: K };
}
