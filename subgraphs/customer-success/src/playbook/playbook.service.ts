/** Playbooks: listing (with the built-in defaults), and creation and edits by managers and admins. */
import { forbidden, type Identity } from "@revgraph/auth";
import type { Database } from "@revgraph/db";
import { UserError, isUuid } from "@revgraph/graph";
import { DEFAULT_COOLDOWN_DAYS } from "./default-playbooks";
import type { CreatePlaybookInput, UpdatePlaybookInput } from "./playbook.input";
import type { PlaybookRepository, PlaybookRow } from "./playbook.repository";
import { validatePlaybookFields } from "./playbook.validation";

export interface PlaybookResult {
  playbook: PlaybookRow | null;
  errors: UserError[];
}

export class PlaybookService {
  constructor(
    private readonly db: Database,
    private readonly identity: Identity,
    private readonly playbooks: PlaybookRepository,
  ) {}

  async list(): Promise<PlaybookRow[]> {
    await this.playbooks.ensureDefaults();
    return this.playbooks.list();
  }

  private assertCanEdit(): void {
    if (this.identity.role === "rep") throw forbidden("Only managers and admins can create or change playbooks");
  }

  async create(input: CreatePlaybookInput): Promise<PlaybookResult> {
    this.assertCanEdit();
    const errors = validatePlaybookFields(input, ["name", "tasks"]);
    if (errors.length) return { playbook: null, errors };
    const playbook = await this.playbooks.insert(this.db, {
      name: input.name.trim(),
      ctaType: input.ctaType,
      ctaReason: input.ctaReason,
      tasks: input.tasks.map((t) => ({ title: t.title.trim(), dueOffsetDays: t.dueOffsetDays })),
      cooldownDays: input.cooldownDays ?? DEFAULT_COOLDOWN_DAYS,
    });
    if (!playbook) {
      return {
        playbook: null,
        errors: [
          UserError.of("input.ctaReason", "ALREADY_EXISTS", `The organization already has a playbook for ${input.ctaType} / ${input.ctaReason}; change it with updatePlaybook`),
        ],
      };
    }
    return { playbook, errors: [] };
  }

  async update(input: UpdatePlaybookInput): Promise<PlaybookResult> {
    this.assertCanEdit();
    const errors = validatePlaybookFields(input);
    if (!isUuid(input.id)) errors.unshift(UserError.of("input.id", "INVALID_ID", `id must be a UUID, got "${input.id.slice(0, 64)}"`));
    if (errors.length) return { playbook: null, errors };
    const changes: Parameters<PlaybookRepository["update"]>[2] = {};
    if (input.name != null) changes.name = input.name.trim();
    if (input.tasks != null) changes.tasks = input.tasks.map((t) => ({ title: t.title.trim(), dueOffsetDays: t.dueOffsetDays }));
    if (input.cooldownDays != null) changes.cooldownDays = input.cooldownDays;
    // The defaults are rows too: an organization may edit one it has never listed.
    await this.playbooks.ensureDefaults();
    const playbook = await this.playbooks.update(this.db, input.id, changes);
    if (!playbook) return { playbook: null, errors: [UserError.of("input.id", "NOT_FOUND", `Playbook ${input.id} was not found`)] };
    return { playbook, errors: [] };
  }
}
