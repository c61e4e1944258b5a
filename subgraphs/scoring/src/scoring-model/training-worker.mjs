// Bootstrap of the training worker thread: plain JavaScript, so Node can start it whether the
// process runs under tsx (`pnpm start`) or vitest; it loads the TypeScript entry through tsx.
import { tsImport } from "tsx/esm/api";

await tsImport("./training.worker.ts", import.meta.url);
