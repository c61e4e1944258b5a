/** Fails when the drizzle schema has changes that no committed migration captures. */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@revgraph/config";

const migrations = path.join(REPO_ROOT, "drizzle/migrations");
// drizzle-kit wants a relative output folder, so the scratch copy lives in the (git-ignored) data folder.
fs.mkdirSync(path.join(REPO_ROOT, ".data"), { recursive: true });
const scratch = fs.mkdtempSync(path.join(REPO_ROOT, ".data", "migrations-check-"));
try {
  fs.cpSync(migrations, path.join(scratch, "migrations"), { recursive: true });
  const config = path.join(scratch, "drizzle.config.mjs");
  fs.writeFileSync(
    config,
    `export default ${JSON.stringify({ dialect: "postgresql", schema: path.join(REPO_ROOT, "drizzle/schema/index.ts"), out: `./${path.relative(REPO_ROOT, path.join(scratch, "migrations"))}`, casing: "snake_case" })};\n`,
  );
  const before = fs.readdirSync(path.join(scratch, "migrations")).filter((f) => f.endsWith(".sql"));
  const output = execFileSync("pnpm", ["exec", "drizzle-kit", "generate", "--config", config, "--name", "drift"], { cwd: REPO_ROOT, encoding: "utf8" });
  if (!/No schema changes|Your SQL migration file/.test(output)) throw new Error(`drizzle-kit generate did not run cleanly:\n${output}`);
  const after = fs.readdirSync(path.join(scratch, "migrations")).filter((f) => f.endsWith(".sql"));
  if (after.length !== before.length) {
    const added = after.filter((f) => !before.includes(f));
    console.error(`The drizzle schema has changes without a migration. Run pnpm db:generate --name <what-it-does>. Pending SQL:\n`);
    for (const file of added) console.error(fs.readFileSync(path.join(scratch, "migrations", file), "utf8"));
    process.exitCode = 1;
  } else {
    console.log(`migrations match the drizzle schema (${before.length} migrations)`);
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
