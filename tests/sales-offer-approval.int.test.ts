import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { schema } from "@revgraph/db";
import { startTestStack, type TestStack, type TestUser } from "@revgraph/testkit";

// recordOffer keeps the organization's offer policy: a discount above its maximum is recorded only
// when the caller's role may approve it (and names the caller as the approver); none may cut into the
// margin floor, whoever asks. A refused offer writes nothing.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.close();
});

const OFFER = `mutation($input: RecordOfferInput!) {
  recordOffer(input: $input) { offer { id discount madeById approvedById } errors { field code message } }
}`;
const UPDATE = `mutation($input: UpdateOfferPolicyInput!) { updateOfferPolicy(input: $input) { errors { code } } }`;

interface Org {
  rep: TestUser;
  manager: TestUser;
  admin: TestUser;
  leadId: string;
  itemId: string;
}

async function org(policy?: { maxDiscount: number; marginFloor: number; costShare?: number; approverRole: "MANAGER" | "ADMIN" }): Promise<Org> {
  const o = await stack.createOrg();
  const [rep, manager, admin] = [await o.user("rep"), await o.user("manager"), await o.user("admin")];
  if (policy) expect((await admin.client.query(UPDATE, { input: policy })).updateOfferPolicy.errors).toEqual([]);
  const lead = await rep.client.query(`mutation { createLeads(input: [{ name: "Buyer" }]) { leads { id } } }`);
  const items = await rep.client.query(`mutation { upsertItems(input: [{ externalId: "sku-1", name: "Plan", listPrice: 1000 }]) { items { id } } }`);
  return { rep, manager, admin, leadId: lead.createLeads.leads[0].id, itemId: items.upsertItems.items[0].id };
}

const offer = (user: TestUser, o: Org, discount: number) => user.client.query(OFFER, { input: { leadId: o.leadId, itemId: o.itemId, discount } }).then((d) => d.recordOffer);
const storedOffers = (o: Org) => stack.database.db.select().from(schema.offers).where(eq(schema.offers.organizationId, o.rep.organizationId));

describe("recordOffer within the offer policy", () => {
  it("records a discount within the maximum for anyone, with no approver", async () => {
    const o = await org();
    const made = await offer(o.rep, o, 0.1);
    expect(made).toMatchObject({ errors: [], offer: { discount: 0.1, madeById: o.rep.id, approvedById: null } });
  });

  it("refuses a rep's discount above the maximum with APPROVAL_REQUIRED on input.discount, writing nothing", async () => {
    const o = await org();
    const made = await offer(o.rep, o, 0.15);
    expect(made.offer).toBeNull();
    expect(made.errors).toEqual([{ field: "input.discount", code: "APPROVAL_REQUIRED", message: expect.stringContaining("a manager or an admin") }]);
    expect(await storedOffers(o)).toEqual([]);
  });

  it("records a manager's discount above the maximum and stores the manager as its approver", async () => {
    const o = await org();
    const made = await offer(o.manager, o, 0.15);
    expect(made).toMatchObject({ errors: [], offer: { discount: 0.15, approvedById: o.manager.id } });
    const [stored] = await storedOffers(o);
    expect(stored).toMatchObject({ discount: 0.15, madeBy: o.manager.id, approvedBy: o.manager.id });
  });

  it("lets only admins approve when the policy says so", async () => {
    const o = await org({ maxDiscount: 0.05, marginFloor: 0, approverRole: "ADMIN" });
    expect((await offer(o.manager, o, 0.08)).errors).toMatchObject([{ field: "input.discount", code: "APPROVAL_REQUIRED" }]);
    expect(await offer(o.admin, o, 0.08)).toMatchObject({ errors: [], offer: { approvedById: o.admin.id } });
    expect(await storedOffers(o)).toHaveLength(1);
  });

  it("never records a discount below the margin floor, not even an admin's", async () => {
    // costShare 0.6 + marginFloor 0.2: at most 20% off keeps the floor.
    const o = await org({ maxDiscount: 0.1, marginFloor: 0.2, costShare: 0.6, approverRole: "MANAGER" });
    for (const user of [o.rep, o.manager, o.admin]) {
      const made = await offer(user, o, 0.25);
      expect(made.offer).toBeNull();
      expect(made.errors).toMatchObject([{ field: "input.discount", code: "BELOW_MARGIN_FLOOR" }]);
    }
    expect(await offer(o.admin, o, 0.2)).toMatchObject({ errors: [], offer: { discount: 0.2, approvedById: o.admin.id } });
    expect(await storedOffers(o)).toHaveLength(1);
  });

  it("refuses a discount above 100% before looking at the policy", async () => {
    const o = await org();
    expect((await offer(o.admin, o, 1.5)).errors).toMatchObject([{ field: "input.discount", code: "OUT_OF_RANGE" }]);
    expect(await storedOffers(o)).toEqual([]);
  });
});
