export * from "./test-stack";
export * from "./graphql-client";
