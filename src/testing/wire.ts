/**
 * The wire side of a scripted answer: the `Script` and `Step` vocabulary and the one player that turns a script
 * into the bytes, pauses, drops and stalls an answer consists of. The fetch mock and the `node:http` servers (this
 * package's and the SDK's own test server) both play scripts through it, so every transport sends the same bytes.
 *
 * No imports, no runtime APIs beyond TextEncoder and setTimeout: Node runs this file directly (type stripping), and
 * it runs in any runtime the mock does.
 */

/** One step of a scripted SSE body. */
export type Step =
  | { data: unknown } // `data: <json>\n\n` (a string is sent as is after `data: `)
  | { comment: string } // `: <text>\n\n`
  | { raw: string } // text as it is
  | { bytes: Uint8Array } // bytes as they are (invalid UTF-8, say)
  | { wait: number } // pause, in ms
  | { drop: true } // cut the connection mid-body
  | { stall: true } // send nothing more, keep the connection open until the client goes
  | { done: true }; // `data: [DONE]\n\n`

/** How to answer one request, on the wire. */
export interface Script {
  /** @default 200 */
  status?: number;
  headers?: Record<string, string>;
  /** Wait this many ms before sending the status line. */
  headerDelay?: number;
  /** A JSON (object), raw (string) or binary (Uint8Array) body, sent at once. */
  body?: unknown;
  /** An SSE body, step by step. */
  steps?: Step[];
  /** Split the body into writes of this many bytes (odd chunkings). Steps that wait/drop/stall cut the text. */
  chunkSize?: number;
  /** Cut the connection after this many bytes of the body. */
  dropAfterBytes?: number;
  /** Drop the connection before sending any header. */
  reset?: boolean;
}

/** What a transport does next while playing a script's body. */
export type WireAction = { write: Uint8Array } | { wait: number } | { drop: true } | { stall: true };

/** The status and headers of a script, with the content type a body of its kind has. */
export function scriptHead(script: Script): { status: number; headers: Record<string, string> } {
  const body = script.body;
  const contentType =
    script.steps !== undefined ? "text/event-stream" : typeof body === "string" || body instanceof Uint8Array ? "text/plain" : "application/json";
  const headers: Record<string, string> = { "content-type": contentType };
  // A caller's header wins whatever its case: `Content-Type` replaces the default, it is not sent twice.
  for (const [name, value] of Object.entries(script.headers ?? {})) {
    if (name.toLowerCase() === "content-type") delete headers["content-type"];
    headers[name] = value;
  }
  return { status: script.status ?? 200, headers };
}

/** The body of a script as pieces: one write for a whole body, the steps' bytes and pauses for an SSE one. */
function* pieces(script: Script): Generator<WireAction> {
  const encoder = new TextEncoder();
  if (script.steps === undefined) {
    const body = script.body;
    yield { write: body instanceof Uint8Array ? body : encoder.encode(typeof body === "string" ? body : JSON.stringify(body ?? {})) };
    return;
  }
  for (const step of script.steps) {
    if ("data" in step) yield { write: encoder.encode(`data: ${typeof step.data === "string" ? step.data : JSON.stringify(step.data)}\n\n`) };
    else if ("comment" in step) yield { write: encoder.encode(`: ${step.comment}\n\n`) };
    else if ("raw" in step) yield { write: encoder.encode(step.raw) };
    else if ("bytes" in step) yield { write: step.bytes };
    else if ("done" in step) yield { write: encoder.encode("data: [DONE]\n\n") };
    else yield step;
  }
}

/**
 * The actions that send a script's body, in order: writes (split by `chunkSize`, byte-level, so that splits cut
 * through multi-byte characters on purpose), waits, and a final drop or stall. Ends after `dropAfterBytes` bytes
 * with a drop. Without `chunkSize`, each step is one write.
 */
export function* wireActions(script: Script): Generator<WireAction> {
  let sent = 0;
  let pending: Uint8Array[] = [];
  const limit = script.dropAfterBytes ?? Infinity;
  function* flush(): Generator<WireAction, boolean> {
    const bytes = concat(pending);
    pending = [];
    const size = script.chunkSize ?? Math.max(bytes.length, 1);
    for (let i = 0; i < bytes.length; i += size) {
      const piece = bytes.subarray(i, Math.min(i + size, bytes.length, i + (limit - sent)));
      if (piece.length > 0) yield { write: piece };
      sent += piece.length;
      if (sent >= limit) return false;
    }
    return true;
  }
  for (const action of pieces(script)) {
    if ("write" in action) {
      pending.push(action.write);
      // Unsplit, each step is a write of its own, as a server flushes an event at a time.
      if (script.chunkSize === undefined && !(yield* flush())) return void (yield { drop: true });
      continue;
    }
    if (!(yield* flush())) return void (yield { drop: true });
    yield action;
    if (!("wait" in action)) return;
  }
  if (!(yield* flush())) yield { drop: true };
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
