export * from "./identity";
export * from "./verifier";
export * from "./dev-secret";
export * from "./sign";
