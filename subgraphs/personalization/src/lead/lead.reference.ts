import { Lead } from "./lead.type";

export const leadReference = {
  Lead: {
    /**
     * No database call here: each field answers another organization's lead, or an id that is no
     * lead, with nothing (profile and suggestedOffer null, recommendedItems empty). The profile is
     * read within the caller's organization; recommendations and offers first ask the request's
     * batched `ownLead` loader, so many leads and fields cost one existence query.
     */
    __resolveReference(ref: { id: string }): Lead {
      return Object.assign(new Lead(), { id: ref.id });
    },
  },
};
