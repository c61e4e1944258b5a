/** When an account counts as at risk of churning. Pure; the accounts(atRisk:) filter repeats it in SQL. */

/** A health score below this puts a live account at risk. */
export const AT_RISK_HEALTH_BELOW = 40;

/** At risk: marked AT_RISK, or health below 40 while not already CHURNED. */
export function isAtRisk(account: { healthScore: number; lifecycleStage: string }): boolean {
  if (account.lifecycleStage === "AT_RISK") return true;
  return account.lifecycleStage !== "CHURNED" && account.healthScore < AT_RISK_HEALTH_BELOW;
}
