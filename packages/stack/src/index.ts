export * from "./subgraphs";
export * from "./compose";
export * from "./start-stack";
export * from "./web-app";
export * from "./dev-sign-in";
