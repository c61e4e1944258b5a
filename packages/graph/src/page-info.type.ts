import { Directive, Field, ObjectType } from "type-graphql";

/** Relay pagination state, one definition for every subgraph's connections (shareable in the supergraph). */
@ObjectType({ description: "Pagination state of a connection." })
@Directive("@shareable")
export class PageInfo {
  @Field(() => Boolean, { description: "Whether more items follow this page; pass endCursor as `after` to fetch them." })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: "Whether items come before this page, where the connection tracks it; pages are fetched forward only (first, after), so most connections report false.",
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the first item on this page; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the last item on this page, to pass as `after` for the next page; null when the page is empty." })
  endCursor!: string | null;
}
