export * from "./subgraphs";
export * from "./compose";
export * from "./start-stack";
