import { Account } from "./account.type";

export const accountReference = {
  Account: {
    /**
     * No database call: cross-sell, upsell and lifetime value read only the caller's organization's
     * purchases, so another organization's account id simply has none here and gets empty lists and no value.
     */
    __resolveReference(ref: { id: string }): Account {
      return Object.assign(new Account(), { id: ref.id });
    },
  },
};
