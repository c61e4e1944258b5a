import { Lead } from "./lead.type";

export const leadReference = {
  Lead: {
    /**
     * No database call: the gateway passes the lead's email (`@requires`), and the account is
     * looked up by its domain within the caller's organization only when asked for, and only for
     * the caller's own leads (another organization's lead, or a made-up id, has no account).
     */
    __resolveReference(ref: { id: string; email?: string | null }): Lead {
      return Object.assign(new Lead(), { id: ref.id, email: ref.email ?? null });
    },
  },
};
