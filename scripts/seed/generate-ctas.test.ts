import { describe, expect, it } from "vitest";
import { generateDemoData } from "./generate";

const now = new Date("2026-01-15T12:00:00Z");
const data = generateDemoData({ now });

describe("demo CTAs", () => {
  it("gives every organization the built-in playbooks and a mix of open, snoozed and closed CTAs", () => {
    const orgs = new Set(data.accounts.map((a) => a.organizationId));
    for (const org of orgs) {
      expect(data.playbooks.filter((p) => p.organizationId === org)).toHaveLength(5);
      const statuses = new Set(data.ctas.filter((c) => c.organizationId === org).map((c) => c.status));
      expect([...statuses].sort()).toEqual(["CLOSED", "OPEN", "SNOOZED"]);
    }
  });

  it("keeps the rules the API enforces: one open CTA per account, type and reason; snoozes in the future; closes with a reason", () => {
    const open = data.ctas.filter((c) => c.status !== "CLOSED").map((c) => `${c.accountId}/${c.type}/${c.reason}`);
    expect(new Set(open).size).toBe(open.length);
    for (const cta of data.ctas) {
      const account = data.accounts.find((a) => a.id === cta.accountId)!;
      expect(account.organizationId).toBe(cta.organizationId);
      if (cta.status === "SNOOZED") expect(cta.snoozedUntil!.getTime()).toBeGreaterThan(now.getTime());
      if (cta.status === "CLOSED") expect([cta.closeReason !== null, cta.closedAt! <= now]).toEqual([true, true]);
      else expect([cta.closeReason, cta.closedAt]).toEqual([null, null]);
    }
  });

  it("copies each CTA's playbook tasks, due at their offsets", () => {
    for (const cta of data.ctas) {
      const playbook = data.playbooks.find((p) => p.id === cta.playbookId)!;
      const tasks = data.ctaTasks.filter((t) => t.ctaId === cta.id).sort((a, b) => a.position - b.position);
      expect(tasks.map((t) => [t.title, Math.round((t.dueAt.getTime() - cta.createdAt.getTime()) / 86_400_000)])).toEqual(playbook.tasks.map((t) => [t.title, t.dueOffsetDays]));
    }
  });
});
