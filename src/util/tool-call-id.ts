/**
 * A tool-call id no other call of the response has, for a call that came back with a missing, empty or repeated
 * one: `call_<response id>_<position>`. Derived, not random, so that reading the same response twice gives the same
 * ids, and a chat() result and a stream's final() agree.
 * @internal
 */
export function generatedToolCallId(responseId: string | undefined, position: number, taken: { has(id: string): boolean }): string {
  const base = `call_${(responseId ?? "").replace(/[^A-Za-z0-9_-]/g, "").slice(-24) || "sdk"}_${position}`;
  let id = base;
  for (let n = 1; taken.has(id); n++) id = `${base}_${n}`;
  return id;
}
