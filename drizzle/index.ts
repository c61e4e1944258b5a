export * from "./client";
export * from "./errors";
export * as schema from "./schema/index";
export * from "./prepared-read";
