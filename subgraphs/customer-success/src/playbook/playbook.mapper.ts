import type { PlaybookRow } from "./playbook.repository";
import { Playbook } from "./playbook.type";

export function toPlaybook(row: PlaybookRow): Playbook {
  return Object.assign(new Playbook(), {
    id: row.id,
    name: row.name,
    ctaType: row.ctaType,
    ctaReason: row.ctaReason,
    tasks: row.tasks.map((t) => ({ title: t.title, dueOffsetDays: t.dueOffsetDays })),
    cooldownDays: row.cooldownDays,
    updatedAt: row.updatedAt,
  });
}
