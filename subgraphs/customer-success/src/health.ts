/** The pure health math (scorecard measures, anomaly detection), for scripts that compute health outside a request, such as the demo data. */
export { DEFAULT_SCORECARD, healthScore, measureScores, type SignalFact } from "./scorecard/scorecard-measures";
export { ANOMALY_WINDOW, detectAnomalies, type HealthReading } from "./anomalies/health-anomalies";
