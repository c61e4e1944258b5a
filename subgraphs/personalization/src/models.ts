/** The personalization subgraph's pure models, for the seed generator and the benchmarks. */
export * from "./lifetime-value/lifetime-value";
export * from "./lifetime-value/simulate";
export { gamma, beta, poisson, seededRandom, type Random } from "./lifetime-value/special-functions";
export * from "./recommendation/co-occurrence";
export * from "./recommendation/bundles";
export * from "./recommendation/hit-rate";
export * from "./pricing/offer-response";
export * from "./recovery/recovery";
