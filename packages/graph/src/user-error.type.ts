import { Directive, Field, ObjectType } from "type-graphql";

/** An expected failure in a mutation payload, naming the input field (and row) at fault. */
@Directive("@shareable")
@ObjectType({ description: "Why part of a mutation's input was rejected." })
export class UserError {
  @Field(() => String, { description: "Path of the offending input field, e.g. `input.3.email`." })
  field!: string;

  @Field(() => String, { description: "Machine-readable reason, e.g. INVALID_EMAIL, NOT_FOUND, LIMIT_EXCEEDED." })
  code!: string;

  @Field(() => String, { description: "Human-readable explanation." })
  message!: string;

  static of(field: string, code: string, message: string): UserError {
    return Object.assign(new UserError(), { field, code, message });
  }
}
