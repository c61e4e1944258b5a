/** Pure validation of playbook input: every problem becomes a UserError naming its input field. */
import { UserError } from "@revgraph/graph";
import { MAX_COOLDOWN_DAYS, MAX_OFFSET_DAYS, MAX_PLAYBOOK_TASKS, type PlaybookTaskInput } from "./playbook.input";

const MAX_TEXT = 200;

export interface PlaybookFields {
  name?: string | null;
  tasks?: readonly PlaybookTaskInput[] | null;
  cooldownDays?: number | null;
}

function isIntIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Checks the fields present; `required` lists those that must be present (createPlaybook). */
export function validatePlaybookFields(input: PlaybookFields, required: readonly ("name" | "tasks")[] = []): UserError[] {
  const errors: UserError[] = [];
  const text = (field: string, value: string) => {
    if (!value.trim()) errors.push(UserError.of(field, "REQUIRED", `${field.split(".").pop()} must not be empty`));
    else if (value.length > MAX_TEXT) errors.push(UserError.of(field, "TOO_LONG", `${field.split(".").pop()} must be at most ${MAX_TEXT} characters`));
  };
  if (input.name != null) text("input.name", input.name);
  else if (required.includes("name")) errors.push(UserError.of("input.name", "REQUIRED", "name is required"));
  if (input.tasks != null) {
    if (input.tasks.length === 0) errors.push(UserError.of("input.tasks", "EMPTY", "a playbook needs at least one task"));
    else if (input.tasks.length > MAX_PLAYBOOK_TASKS) {
      errors.push(UserError.of("input.tasks", "LIMIT_EXCEEDED", `At most ${MAX_PLAYBOOK_TASKS} tasks per playbook; got ${input.tasks.length}`));
    } else {
      input.tasks.forEach((task, i) => {
        text(`input.tasks.${i}.title`, task.title);
        if (!isIntIn(task.dueOffsetDays, 0, MAX_OFFSET_DAYS)) {
          errors.push(UserError.of(`input.tasks.${i}.dueOffsetDays`, "OUT_OF_RANGE", `dueOffsetDays must be between 0 and ${MAX_OFFSET_DAYS}, got ${task.dueOffsetDays}`));
        }
      });
    }
  } else if (required.includes("tasks")) errors.push(UserError.of("input.tasks", "REQUIRED", "tasks are required"));
  if (input.cooldownDays != null && !isIntIn(input.cooldownDays, 0, MAX_COOLDOWN_DAYS)) {
    errors.push(UserError.of("input.cooldownDays", "OUT_OF_RANGE", `cooldownDays must be between 0 and ${MAX_COOLDOWN_DAYS}, got ${input.cooldownDays}`));
  }
  return errors;
}
