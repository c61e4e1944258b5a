/** Unit tests of the demo-data generator: determinism, consistency, and per-rep outcome patterns. */
import { describe, expect, it } from "vitest";
import { activityTypes, type ActivityType } from "@revgraph/db/schema";
import { generateDemoData } from "./generate";
import { features } from "./generate-leads";
import { EARLY_WINDOW_DAYS } from "./patterns";
import { engagementScore } from "@revgraph/scoring/model";
import { DAY_MS, type ActivityRow, type DemoData, type LeadRow } from "./rows";

const NOW = new Date("2025-06-01T12:00:00.000Z");
const data = generateDemoData({ now: NOW });
const activitiesByLead = new Map<string, ActivityRow[]>();
for (const a of data.activities) {
  const list = activitiesByLead.get(a.leadId) ?? [];
  list.push(a);
  activitiesByLead.set(a.leadId, list);
}
const activitiesOf = (lead: LeadRow) => activitiesByLead.get(lead.id) ?? [];

const ageDays = (lead: LeadRow) => (NOW.getTime() - lead.createdAt.getTime()) / DAY_MS;
const daysToClose = (lead: LeadRow) => (lead.closedAt!.getTime() - lead.createdAt.getTime()) / DAY_MS;
const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const closedAs = (outcome: "WON" | "LOST") => data.leads.filter((l) => l.status === outcome);

/**
 * Mean first-week count of `type` among WON minus among LOST, in units of the pooled standard
 * deviation, over closed leads that lived past their first week (so both outcomes had the whole week).
 */
function standardizedGap(repId: string, type: ActivityType | "fastCall"): number {
  const closed = data.leads.filter((l) => l.assignedToId === repId && l.closedAt && daysToClose(l) >= EARLY_WINDOW_DAYS);
  const value = (l: LeadRow) => {
    const f = features({ lead: l, activities: activitiesOf(l) });
    return type === "fastCall" ? Number(f.fastCall) : f.counts[type];
  };
  const won = closed.filter((l) => l.status === "WON").map(value);
  const lost = closed.filter((l) => l.status === "LOST").map(value);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const all = [...won, ...lost];
  const sd = Math.sqrt(mean(all.map((x) => (x - mean(all)) ** 2)));
  return (mean(won) - mean(lost)) / sd;
}

describe("generateDemoData", () => {
  it("is deterministic: same seed and now, identical output; another seed differs", () => {
    const again = generateDemoData({ now: NOW });
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    const other = generateDemoData({ now: NOW, seed: 7 });
    expect(other.leads[0].id).not.toBe(data.leads[0].id);
  });

  it("has the advertised shape and volume", () => {
    expect(data.organizations.map((o) => o.id)).toEqual(["org-acme-realty", "org-summit-homes"]);
    expect(data.users.filter((u) => u.role === "rep")).toHaveLength(12);
    expect(
      data.users
        .filter((u) => u.role !== "rep")
        .map((u) => u.role)
        .sort(),
    ).toEqual(["admin", "admin", "manager", "manager"]);
    expect(data.leads.length).toBeGreaterThanOrEqual(4900);
    expect(data.leads.length).toBeLessThanOrEqual(5100);
    // Fewer than a lead's full-life rate suggests: lost leads stop getting activities within days.
    expect(data.activities.length).toBeGreaterThan(55_000);
    expect(data.activities.length).toBeLessThan(100_000);
    expect(new Set(data.activities.map((a) => a.type))).toEqual(new Set(activityTypes));
    expect(data.leadScores).toHaveLength(data.leads.length);
    const profileShare = data.customerProfiles.length / data.leads.length;
    expect(profileShare).toBeGreaterThan(0.65);
    expect(profileShare).toBeLessThan(0.75);
  });

  it("uses v4-format UUIDs, unique per table", () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const tables: (keyof DemoData)[] = ["leads", "activities", "conversions", "customerProfiles", "accounts", "accountHealthHistory"];
    for (const table of tables) {
      const ids = (data[table] as { id: string }[]).map((r) => r.id);
      expect(ids.every((id) => v4.test(id))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("keeps every lead's history inside its life: created within 180 days, activities before closedAt and now", () => {
    const violations: string[] = [];
    for (const lead of data.leads) {
      if (NOW.getTime() - lead.createdAt.getTime() > 180 * DAY_MS) violations.push(`${lead.id} created too early`);
      const end = (lead.closedAt ?? NOW).getTime();
      for (const a of activitiesOf(lead)) {
        const t = a.occurredAt.getTime();
        if (t < lead.createdAt.getTime() || t >= end) violations.push(`${a.id} outside its lead's life`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("gives every closed lead exactly one matching conversion and no open lead any", () => {
    const byLead = new Map<string, number>();
    for (const c of data.conversions) byLead.set(c.leadId, (byLead.get(c.leadId) ?? 0) + 1);
    const leadsById = new Map(data.leads.map((l) => [l.id, l]));
    for (const lead of data.leads) {
      const closed = lead.status === "WON" || lead.status === "LOST";
      expect(closed).toBe(lead.closedAt !== null);
      expect(byLead.get(lead.id) ?? 0).toBe(closed ? 1 : 0);
    }
    for (const c of data.conversions) {
      const lead = leadsById.get(c.leadId)!;
      expect(c.outcome).toBe(lead.status);
      expect(c.occurredAt).toEqual(lead.closedAt);
      expect(c.idempotencyKey).toBe(`seed-${lead.id}`);
      expect(c.organizationId).toBe(lead.organizationId);
    }
  });

  it("disqualifies lost leads sooner than won leads close", () => {
    // Regression: outcomes used to be drawn at a close time independent of the outcome, from counts
    // that grow with time, so won leads took longer and "days in the funnel" leaked the outcome.
    const won = closedAs("WON").map(daysToClose);
    const lost = closedAs("LOST").map(daysToClose);
    expect(median(lost)).toBeGreaterThan(4);
    expect(median(lost)).toBeLessThan(12);
    expect(median(won)).toBeGreaterThan(18);
    expect(median(won)).toBeLessThan(40);
    expect(median(lost) * 2).toBeLessThan(median(won));
    const share = (xs: number[], lo: number, hi: number) => xs.filter((d) => d >= lo && d <= hi).length / xs.length;
    expect(share(lost, 2, 30)).toBeGreaterThan(0.8);
    expect(share(won, 10, 60)).toBeGreaterThan(0.8);
  });

  it("leaves stale leads open for months and young leads open with little activity yet", () => {
    const old = data.leads.filter((l) => l.assignedToId && ageDays(l) > 90);
    const staleShare = old.filter((l) => !l.closedAt).length / old.length;
    expect(staleShare).toBeGreaterThan(0.15);
    expect(staleShare).toBeLessThan(0.45);
    const open = data.leads.filter((l) => l.assignedToId && !l.closedAt);
    const meanActivities = (lo: number, hi: number) => {
      const band = open.filter((l) => ageDays(l) >= lo && ageDays(l) < hi);
      return band.reduce((s, l) => s + activitiesOf(l).length, 0) / band.length;
    };
    expect(meanActivities(0, 2)).toBeLessThan(5);
    expect(meanActivities(0, 2)).toBeLessThan(meanActivities(2, 14));
    expect(meanActivities(2, 14)).toBeLessThan(meanActivities(60, 181));
    const closedShare = data.leads.filter((l) => l.closedAt).length / data.leads.length;
    expect(closedShare).toBeGreaterThan(0.5);
    expect(closedShare).toBeLessThan(0.75);
  });

  it("gives some reps about ten closed leads and others hundreds", () => {
    const closedCount = (rep: string) => data.conversions.filter((c) => c.recordedBy === rep).length;
    expect(closedCount("rep-dave")).toBeGreaterThanOrEqual(5);
    expect(closedCount("rep-dave")).toBeLessThanOrEqual(20);
    expect(closedCount("rep-alice")).toBeGreaterThan(200);
  });

  it("drives each rep's outcomes by their own pattern over the lead's first week", () => {
    // rep-alice: property views separate won from lost much more than email opens do.
    expect(standardizedGap("rep-alice", "PROPERTY_VIEW")).toBeGreaterThan(0.8);
    expect(standardizedGap("rep-alice", "PROPERTY_VIEW")).toBeGreaterThan(2 * standardizedGap("rep-alice", "EMAIL_OPEN"));
    // rep-bob: the gap is in email engagement.
    expect(standardizedGap("rep-bob", "EMAIL_OPEN")).toBeGreaterThan(0.8);
    expect(standardizedGap("rep-bob", "EMAIL_OPEN")).toBeGreaterThan(2 * standardizedGap("rep-bob", "PROPERTY_VIEW"));
    // rep-carol: a call within a day of creation; views and opens barely matter.
    expect(standardizedGap("rep-carol", "fastCall")).toBeGreaterThan(0.8);
    expect(Math.abs(standardizedGap("rep-carol", "PROPERTY_VIEW"))).toBeLessThan(0.25);
    expect(Math.abs(standardizedGap("rep-carol", "EMAIL_OPEN"))).toBeLessThan(0.25);
  });

  it("scores each lead with the decayed, weighted engagement formula", () => {
    const lead = data.leads.find((l) => activitiesOf(l).length >= 5)!;
    const score = data.leadScores.find((s) => s.leadId === lead.id)!;
    expect(score.score).toBe(engagementScore(activitiesOf(lead), NOW));
    expect(score.activityCount).toBe(activitiesOf(lead).length);
    expect(score.scoreUpdatedAt).toEqual(NOW);
    expect(engagementScore([{ type: "MEETING", occurredAt: NOW }], NOW)).toBe(Math.round(100 * (1 - Math.exp(-10 / 50))));
    expect(engagementScore([{ type: "SITE_VISIT", occurredAt: new Date(NOW.getTime() - 30 * DAY_MS) }], NOW)).toBe(Math.round(100 * (1 - Math.exp(-6 / 50))));
  });

  it("keys accounts by the domains leads use, with a weekly health history ending at the health score", () => {
    const domains = new Set(data.accounts.map((a) => `${a.organizationId}/${a.domain}`));
    const matched = data.leads.filter((l) => domains.has(`${l.organizationId}/${l.email!.split("@")[1]}`));
    expect(matched.length / data.leads.length).toBeGreaterThan(0.8);
    for (const account of data.accounts) {
      const history = data.accountHealthHistory.filter((h) => h.accountId === account.id);
      expect(history.length).toBeGreaterThan(0);
      expect(history.length).toBeLessThanOrEqual(26);
      expect(history[history.length - 1].score).toBe(account.healthScore);
      expect(history[history.length - 1].recordedAt).toEqual(NOW);
    }
  });

  it("keeps profiles consistent with their lead's activities", () => {
    for (const profile of data.customerProfiles) {
      const acts = activitiesByLead.get(profile.leadId) ?? [];
      const count = (t: ActivityType) => acts.filter((a) => a.type === t).length;
      expect(profile.siteVisitsScheduled).toBe(count("SITE_VISIT"));
      expect(profile.callbacksRequested).toBe(count("CALLBACK_REQUEST"));
      expect(profile.brochuresDownloaded).toBe(count("BROCHURE_DOWNLOAD"));
      expect(profile.viewedItems.reduce((s, v) => s + v.viewCount, 0)).toBe(count("PROPERTY_VIEW"));
      for (const point of profile.sentimentHistory) expect(Math.abs(point.score)).toBeLessThanOrEqual(1);
    }
  });
});
