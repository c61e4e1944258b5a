import { describe, expect, it } from "vitest";
import { validatePlaybookFields } from "./playbook.validation";

const codes = (errors: { field: string; code: string }[]) => errors.map((e) => [e.field, e.code]);

describe("validatePlaybookFields", () => {
  it("accepts a well-formed playbook", () => {
    expect(
      validatePlaybookFields(
        {
          name: "Save",
          tasks: [
            { title: "Call", dueOffsetDays: 0 },
            { title: "Meet", dueOffsetDays: 365 },
          ],
          cooldownDays: 0,
        },
        ["name", "tasks"],
      ),
    ).toEqual([]);
  });

  it("names each offending field, down to the task", () => {
    expect(
      codes(
        validatePlaybookFields({
          name: " ",
          tasks: [
            { title: "ok", dueOffsetDays: 1 },
            { title: "", dueOffsetDays: -1 },
          ],
          cooldownDays: 366,
        }),
      ),
    ).toEqual([
      ["input.name", "REQUIRED"],
      ["input.tasks.1.title", "REQUIRED"],
      ["input.tasks.1.dueOffsetDays", "OUT_OF_RANGE"],
      ["input.cooldownDays", "OUT_OF_RANGE"],
    ]);
  });

  it("refuses an empty or oversized task list, and missing required fields", () => {
    expect(codes(validatePlaybookFields({ name: "A", tasks: [] }))).toEqual([["input.tasks", "EMPTY"]]);
    const many = Array.from({ length: 21 }, () => ({ title: "t", dueOffsetDays: 1 }));
    expect(codes(validatePlaybookFields({ name: "A", tasks: many }))).toEqual([["input.tasks", "LIMIT_EXCEEDED"]]);
    expect(codes(validatePlaybookFields({}, ["name", "tasks"]))).toEqual([
      ["input.name", "REQUIRED"],
      ["input.tasks", "REQUIRED"],
    ]);
    expect(codes(validatePlaybookFields({ name: "x".repeat(201) }))).toEqual([["input.name", "TOO_LONG"]]);
  });
});
