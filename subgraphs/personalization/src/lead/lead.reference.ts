import { Lead } from "./lead.type";

export const leadReference = {
  Lead: {
    /**
     * No database call: the profile field is looked up (scoped to the caller's organization)
     * only when asked for, so another organization's lead id simply has no profile here.
     */
    __resolveReference(ref: { id: string }): Lead {
      return Object.assign(new Lead(), { id: ref.id });
    },
  },
};
