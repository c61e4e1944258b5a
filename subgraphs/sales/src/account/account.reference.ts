import { isUuid } from "@revgraph/graph";
import type { SalesContext } from "../context";
import { Account } from "./account.type";

export const accountReference = {
  Account: {
    /**
     * Another organization's account, or an id that is no account, resolves to null, like a
     * missing lead: otherwise a forged representation would list the caller's own leads at
     * whatever domain it names. The gateway passes the domain (`@requires`); which ids are the
     * caller's is one batched query per request (`ownAccount`).
     */
    async __resolveReference(ref: { id: string; domain?: string | null }, ctx: SalesContext): Promise<Account | null> {
      if (!isUuid(ref.id) || !(await ctx.loaders.ownAccount.load(ref.id))) return null;
      return Object.assign(new Account(), { id: ref.id, domain: ref.domain ?? "" });
    },
  },
};
