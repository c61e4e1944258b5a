/** How every server of the graph sends a text answer (its own module: the bench's floor server loads it without the package's metrics). */
import type http from "node:http";

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * An ASCII answer goes as it is. Any other is encoded once, its length known: res.end(string)
 * measures the UTF-8 length of a string and then encodes it, both slow for a two-byte string (one
 * character beyond Latin-1 makes the whole JSON one), about 1.7 ms more for a work list's 100 KB;
 * for ASCII the string is the cheaper way, by about 0.25 ms (`pnpm bench:transport`).
 */
export function sendText(res: http.ServerResponse, text: string): void {
  if (!NON_ASCII.test(text)) return void res.end(text);
  const body = Buffer.from(text, "utf8");
  res.setHeader("content-length", body.length);
  res.end(body);
}
