/** The personalization subgraph's pure models, for the seed generator and the benchmarks. */
export * from "./lifetime-value/lifetime-value";
export * from "./lifetime-value/simulate";
export { gamma, beta, poisson, seededRandom, type Random } from "./lifetime-value/special-functions";
export * from "./recommendation/co-occurrence";
export * from "./recommendation/bundles";
export * from "./recommendation/hit-rate";
export * from "./pricing/offer-response";
export * from "./persona/personas";
export * from "./persona/persona-features";
export * from "./persona/persona-naming";
export * from "./persona/persona-simulate";
export * from "./persona/clustering-metrics";
export * from "./purchase-timing/time-to-event";
export * from "./purchase-timing/timing-backtest";
export * from "./purchase-timing/timing-simulate";
export * from "./purchase-timing/concordance";
export * from "./recovery/recovery";
