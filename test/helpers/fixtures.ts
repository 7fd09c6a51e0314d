// The readers live in the local server, which must stay self-contained (only `node:` imports) to run under plain
// Node; the tests read the same files through it.
import { fixtureText } from "../server/openrouter-server.js";

export { fixtureText } from "../server/openrouter-server.js";

export function fixtureJSON<T = any>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}
