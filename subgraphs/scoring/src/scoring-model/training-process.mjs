// Bootstrap of the training child process: plain JavaScript, so Node can start it whether the
// parent runs under tsx (`pnpm start`) or vitest; it loads the TypeScript entry through tsx.
import { tsImport } from "tsx/esm/api";

await tsImport("./training.child.ts", import.meta.url);
