import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { enumObject } from "./enum-object";

/** Every reason a mutation may give for rejecting part of its input: the one list, so a new code is a deliberate addition here. */
export const USER_ERROR_CODES = [
  "REQUIRED",
  "EMPTY",
  "TOO_LONG",
  "INVALID_EMAIL",
  "INVALID_PHONE",
  "FREE_MAIL_DOMAIN",
  "INVALID_DOMAIN",
  "INVALID_ID",
  "INVALID_KEY",
  "INVALID_VALUE",
  "INVALID_DATE",
  "INVALID_RANGE",
  "INVALID_ATTRIBUTES",
  "OUT_OF_RANGE",
  "IN_FUTURE",
  "IN_PAST",
  "BEFORE_CREATED",
  "LIMIT_EXCEEDED",
  "DUPLICATE_IN_BATCH",
  "NOT_FOUND",
  "LEAD_CLOSED",
  "ALREADY_CLOSED",
  "ALREADY_OPEN",
  "ALREADY_EXISTS",
  "USE_RECORD_CONVERSION",
  "IDEMPOTENCY_KEY_REUSED",
  "OUTCOME_ALREADY_RECORDED",
  "ACCOUNT_CHURNED",
  "NO_TRAINING_DATA",
  "TRAINING_FAILED",
  "APPROVAL_REQUIRED",
  "BELOW_MARGIN_FLOOR",
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];
export const UserErrorCode = enumObject(USER_ERROR_CODES);
registerEnumType(UserErrorCode, { name: "UserErrorCode", description: "Why a mutation rejected part of its input (the field says which part)." });

/** An expected failure in a mutation payload, naming the input field (and row) at fault. */
@Directive("@shareable")
@ObjectType({ description: "Why part of a mutation's input was rejected." })
export class UserError {
  @Field(() => String, { description: "Path of the offending input field, e.g. `input.3.email`." })
  field!: string;

  @Field(() => UserErrorCode, { description: "Machine-readable reason." })
  code!: UserErrorCode;

  @Field(() => String, { description: "Human-readable explanation." })
  message!: string;

  static of(field: string, code: UserErrorCode, message: string): UserError {
    return Object.assign(new UserError(), { field, code, message });
  }
}
