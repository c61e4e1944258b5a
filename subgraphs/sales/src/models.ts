/** The sales subgraph's pure models, for the benchmarks. */
export * from "./seasonality/seasonal-decomposition";
export * from "./seasonality/seasonality-backtest";
