import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { upperCaseEnumObject } from "@revgraph/graph";
import { ROLES, type Role } from "@revgraph/db/vocabulary";

export const UserRole = upperCaseEnumObject(ROLES);
export type UserRole = Role;
registerEnumType(UserRole, { name: "UserRole", description: "What a user may do: reps work leads, managers and admins also run team-wide operations." });

@Directive('@key(fields: "id")')
@ObjectType({ description: "A member of an organization (a sales rep, manager or admin), provisioned from their token on first sight." })
export class User {
  @Field(() => ID, { description: "The user's id: the `sub` claim of their token." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Email address from the token, when present." })
  email!: string | null;

  @Field(() => UserRole, { description: "The user's role in their organization." })
  role!: UserRole;
}
