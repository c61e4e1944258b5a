import { Account } from "./account.type";

export const accountReference = {
  Account: {
    /**
     * No database call: the gateway passes the account's domain (`@requires`), and leads are read
     * within the caller's organization only, so a forged representation shows the caller nothing
     * beyond their own leads.
     */
    __resolveReference(ref: { id: string; domain?: string | null }): Account {
      return Object.assign(new Account(), { id: ref.id, domain: ref.domain ?? "" });
    },
  },
};
