// The web app in a real browser (Debian's Chromium through playwright-core) against the real stack on a
// fresh database with the demo data: sign-in, the work list's order, a lead's factors, recording a win,
// tenancy, retraining with the calibration chart, a CSM's accounts with churn risk, a manager's analytics charts,
// and an axe-core accessibility check of each page.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { createLogger } from "@revgraph/graph";
import { ensureWebAppBuilt } from "@revgraph/stack";
import { startTestStack, type TestStack } from "@revgraph/testkit";
import { sql } from "drizzle-orm";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../scripts/seed/load";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOTS = path.resolve(import.meta.dirname, "../test-results/web");

let stack: TestStack;
let browser: Browser;
let page: Page;
let app: string;

beforeAll(async () => {
  const log = createLogger("e2e", "warn");
  if (!ensureWebAppBuilt(log)) throw new Error("the web app did not build");
  // As production may run: the gateway accepts only the persisted operations, so every document the app sends must be in the manifest.
  stack = await startTestStack({ jobs: true, log, persistedOperations: "only" });
  await seedDemoData(stack.database.db, { now: new Date() });
  app = `${new URL(stack.gatewayUrl).origin}/app/`;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** The page as a user sees it (the work list's full height would be too tall to read). */
async function screenshot(name: string, fullPage = true) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Serious and critical axe-core findings on the page as it is now (minor and moderate ones are reported, not failed). */
async function seriousViolations() {
  await page.mouse.move(0, 0); // no chart tooltip left open by the last click
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The work list's probabilities in the order shown, in percent as printed. */
async function shownProbabilities(): Promise<number[]> {
  const texts = await page.locator("table.worklist tbody .probability-text").allTextContents();
  return texts.map((t) => Number.parseInt(t, 10));
}

describe("the web app", () => {
  it("opens signed in from the printed link and lists the rep's leads in descending probability, 100 after scrolling", async () => {
    await page.goto(`${app}?as=rep-alice`);
    await expect.poll(() => page.locator("table.worklist tbody tr").count(), { timeout: 120_000 }).toBe(50);
    await expect.poll(() => page.locator(".me").textContent()).toContain("Rep");
    await page.getByRole("button", { name: "Load more" }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator("table.worklist tbody tr").count(), { timeout: 60_000 }).toBe(100);
    const probabilities = await shownProbabilities();
    expect(probabilities).toHaveLength(100);
    expect(probabilities.every((p) => p >= 0 && p <= 100)).toBe(true);
    expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
    expect(new Set(probabilities).size).toBeGreaterThan(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot("worklist", false);
    expect(await seriousViolations()).toEqual([]);
  });

  it("opens a lead with its prediction's factors, and recording WON updates the lead", async () => {
    const first = page.locator("table.worklist tbody tr").first().getByRole("link");
    const name = (await first.textContent()) ?? "";
    await first.click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 30_000 }).toContain(name);
    await page.getByRole("heading", { name: "Top factors" }).waitFor();
    expect(await page.locator(".factor-table tbody tr").count()).toBeGreaterThan(0);
    await screenshot("lead");
    expect(await seriousViolations()).toEqual([]);

    await page.getByRole("button", { name: `Mark ${name} won` }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Won");
    // Not only the optimistic answer: the server has it after a reload.
    await page.reload();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 30_000 }).toContain("Won");
    expect(await page.getByRole("button", { name: `Mark ${name} won` }).isDisabled()).toBe(true);
    await screenshot("lead-won");
  });

  it("shows another organization's lead as not found", async () => {
    const rows = await stack.database.db.execute<{ id: string }>(sql`select id from sales.leads where organization_id = 'org-summit-homes' limit 1`);
    const foreign = (rows as unknown as { rows?: { id: string }[] }).rows?.[0]?.id ?? (rows as unknown as { id: string }[])[0]?.id;
    expect(foreign).toBeTruthy();
    await page.goto(`${app}leads/${foreign}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 30_000 }).toBe("Lead not found");
    await screenshot("lead-not-found");
  });

  it("retrains the rep's model and draws its calibration chart", async () => {
    await page.goto(`${app}model`);
    await page.getByRole("button", { name: "Retrain my model" }).click();
    // The rep's own retraining is a job too: its progress is followed to completion.
    const job = page.locator(".job");
    await expect.poll(() => job.textContent(), { timeout: 240_000, intervals: [1000] }).toMatch(/Succeeded|Failed/);
    expect(await job.textContent()).toMatch(/^Your retraining: Succeeded · 1 of 1 model/);
    expect(await job.textContent()).toMatch(/Version \d+ is now active|kept but not activated/);
    await page.getByTestId("calibration-chart").waitFor({ timeout: 60_000 });
    expect(await page.locator("[data-testid=calibration-chart] .recharts-scatter-symbol").count()).toBeGreaterThan(1);
    await screenshot("my-model");
    expect(await seriousViolations()).toEqual([]);
  });

  it("lets a manager retrain the team's models and follows the job to completion", async () => {
    await page.getByLabel("Signed in as").selectOption("org-acme-realty/manager-oscar");
    await expect.poll(() => page.locator(".me").textContent(), { timeout: 30_000 }).toContain("Manager");
    await page.getByRole("link", { name: "My model" }).click();
    await page.getByRole("button", { name: "Retrain the team's models" }).click();
    await expect.poll(() => page.locator(".job").textContent(), { timeout: 280_000, intervals: [1000] }).toMatch(/Succeeded|Failed/);
    expect(await page.locator(".job").textContent()).toContain("Succeeded");
    await screenshot("team-retrain");
    await page.getByRole("link", { name: "Accounts" }).click();
    await page.getByRole("heading", { name: "Accounts", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "My calls to action" }).waitFor();
    await page.getByRole("radio", { name: "All accounts" }).check();
    await page.locator("table.accounts tbody tr").first().waitFor({ timeout: 30_000 });
    expect(await page.locator("table.accounts tbody .churn-text").count()).toBeGreaterThan(0);
    await screenshot("accounts");
    expect(await seriousViolations()).toEqual([]);
    await page.getByRole("link", { name: "Analytics" }).click();
    const bySource = page.getByTestId("win-rate-by-source");
    await bySource.waitFor({ timeout: 30_000 });
    // The demo data's leads come from several sources: one bar and one table row for each, from the real aggregate.
    const sourceRows = await bySource.locator("tbody tr").count();
    expect(sourceRows).toBeGreaterThan(1);
    expect(await bySource.locator(".recharts-bar-rectangle").count()).toBe(sourceRows);
    expect(await page.getByTestId("funnel-chart").locator("tbody tr").count()).toBeGreaterThan(1);
    await page.getByTestId("calibration-chart").waitFor();
    // Model metrics over time: the manager sees the team's and the reps' retrained versions.
    const versions = page.getByTestId("model-metrics-chart");
    await versions.waitFor();
    expect(await versions.locator("tbody tr").count()).toBeGreaterThan(1);
    expect(await versions.locator(".recharts-line").count()).toBe(3);
    await screenshot("analytics");
    expect(await seriousViolations()).toEqual([]);
  });
});
