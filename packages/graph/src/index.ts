export * from "./build-federated-schema";
export * from "./http-server";
export * from "./serve-subgraph";
export * from "./errors";
export * from "./user-error.type";
export * from "./scalars";
export * from "./logger";
export * from "./context";
