import { Lead } from "./lead.type";

export const leadReference = {
  Lead: {
    /**
     * No database call: the gateway passes the lead's email (`@requires`), and the account is
     * looked up by its domain within the caller's organization only when asked for.
     */
    __resolveReference(ref: { id: string; email?: string | null }): Lead {
      return Object.assign(new Lead(), { id: ref.id, email: ref.email ?? null });
    },
  },
};
