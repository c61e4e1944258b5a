/** Deterministic demo data for every table: same seed and `now`, same rows. */
import { companyUniverse, ORGANIZATIONS, type OrgDefinition } from "./catalog";
import { generateAccountHistory } from "./generate-account-signals";
import { generateAccounts, HEALTH_HISTORY_WEEKS } from "./generate-accounts";
import { generateCtas } from "./generate-ctas";
import { generateCommerce } from "./generate-commerce";
import { generateOrgLeads, type LeadBundle } from "./generate-leads";
import { generateProfile, PROFILE_SHARE } from "./generate-profiles";
import { demoSegments } from "./generate-segments";
import { plantRecoveryAttempts, plantSilentViewers } from "./generate-recovery";
import { leadScoreRow } from "./lead-scores";
import { createRng, deriveSeed } from "./random";
import { addDays, emptyDemoData, type DemoCounts, type DemoData, type DemoTable, type LeadRow, type PurchaseRow, type UserRow } from "./rows";

export const DEFAULT_SEED = 20_250_601;
export const ACCOUNTS_PER_ORG = 40;
/** Companies per org whose domains leads use; those past ACCOUNTS_PER_ORG have no account. */
export const COMPANIES_PER_ORG = 55;
export { ORGANIZATIONS } from "./catalog";
export type { DemoCounts, DemoData, DemoTable } from "./rows";

export interface GenerateOptions {
  /** The moment the data is "as of": histories end here, scores decay to here. */
  now: Date;
  seed?: number;
}

export function generateDemoData({ now, seed = DEFAULT_SEED }: GenerateOptions): DemoData {
  const data = emptyDemoData();
  const universe = companyUniverse();
  for (const org of ORGANIZATIONS) {
    const stream = (label: string) => createRng(deriveSeed(seed, `${org.id}:${label}`));
    const ids = stream("ids");
    const companies = stream("companies").sample(universe, COMPANIES_PER_ORG);

    data.organizations.push({ id: org.id, createdAt: addDays(now, -200) });
    data.users.push(...orgUsers(org, now));

    const bundles = generateOrgLeads({
      org,
      companies,
      accountCompanies: ACCOUNTS_PER_ORG,
      now,
      rng: stream("leads"),
      ids,
    });
    addLeads(data, bundles, now);

    const profiles = stream("profiles");
    const orgProfiles = [];
    for (const bundle of bundles) {
      if (profiles.chance(PROFILE_SHARE)) orgProfiles.push(generateProfile(profiles, ids, org, bundle));
    }
    data.customerProfiles.push(...orgProfiles);

    // Own streams, so the commerce data leaves every other table's rows as they were.
    const commerce = generateCommerce(
      stream("commerce"),
      stream("commerce-ids"),
      org,
      bundles.map((b) => b.lead),
      orgProfiles,
      now,
    );
    data.items.push(...commerce.items);
    data.purchases.push(...commerce.purchases);
    data.purchaseLines.push(...commerce.purchaseLines);
    data.offers.push(...commerce.offers);
    data.segments.push(...demoSegments(stream("segment-ids"), org.id, data.users.find((u) => u.organizationId === org.id)!.id, now));

    // After commerce (which reads the profiles) and on its own stream: only the planted profiles' lastActiveAt moves.
    plantSilentViewers(
      stream("recovery"),
      orgProfiles,
      bundles.map((b) => b.lead),
      now,
    );
    // Recorded recovery attempts with a planted best timing, on their own streams.
    data.recoveryAttempts.push(...plantRecoveryAttempts(stream("recovery-attempts"), stream("recovery-attempt-ids"), org.id, orgProfiles, org.reps[0]!.id, now));

    const { accounts } = generateAccounts(stream("accounts"), ids, org, companies.slice(0, ACCOUNTS_PER_ORG), now);
    data.accounts.push(...accounts);
    linkPurchasesToAccounts(
      commerce.purchases,
      bundles.map((b) => b.lead),
      accounts,
    );
    // Health now comes from the signals: the stage-shaped walk is replaced by the scorecard's weekly points.
    const signalsRng = stream("account-signals");
    accounts.forEach((account, i) => {
      const generated = generateAccountHistory(signalsRng, ids, org, account, i, now, HEALTH_HISTORY_WEEKS);
      data.accountSignals.push(...generated.signals);
      data.accountOutcomes.push(...generated.outcomes);
      data.accountHealthHistory.push(...generated.history);
      data.accountAnomalies.push(...generated.anomalies);
    });

    const work = generateCtas(stream("ctas"), ids, org, accounts, now);
    data.playbooks.push(...work.playbooks);
    data.ctas.push(...work.ctas);
    data.ctaTasks.push(...work.ctaTasks);
  }
  return data;
}

/** A purchase by an account's contact (the lead's email at the account's domain) was bought for that account. */
function linkPurchasesToAccounts(purchases: PurchaseRow[], leads: readonly LeadRow[], accounts: readonly { id: string; domain: string }[]): void {
  const accountByDomain = new Map(accounts.map((a) => [a.domain.toLowerCase(), a.id] as const));
  const domainByLead = new Map(leads.map((l) => [l.id, l.email?.split("@")[1]?.toLowerCase()] as const));
  for (const purchase of purchases) purchase.accountId = accountByDomain.get(domainByLead.get(purchase.leadId) ?? "") ?? null;
}

function orgUsers(org: OrgDefinition, now: Date): UserRow[] {
  const user = (id: string, role: UserRow["role"]): UserRow => ({
    organizationId: org.id,
    id,
    email: `${id.replace(/^(rep|manager|admin)-/, "")}@${org.staffDomain}`,
    role,
    createdAt: addDays(now, -190),
    lastSeenAt: now,
  });
  return [...org.reps.map((rep) => user(rep.id, "rep")), user(org.managerId, "manager"), user(org.adminId, "admin")];
}

function addLeads(data: DemoData, bundles: readonly LeadBundle[], now: Date): void {
  for (const bundle of bundles) {
    data.leads.push(bundle.lead);
    data.activities.push(...bundle.activities);
    if (bundle.conversion) data.conversions.push(bundle.conversion);
    data.leadScores.push(leadScoreRow(bundle.lead, bundle.activities, now));
  }
}

/** Rows per table. */
export function countRows(data: DemoData): DemoCounts {
  return Object.fromEntries(Object.entries(data).map(([table, rows]) => [table, rows.length])) as Record<DemoTable, number>;
}
