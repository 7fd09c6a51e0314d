import type { ChatCompletionChunk } from "../types/chat-completion-chunk.js";
import type { ChatCompletion, FinishReason, ResponseMessage, Usage, WireError } from "../types/chat-completion.js";
import type { Annotation, ReasoningDetail, ToolCall, WireImage } from "../types/messages.js";
import { generatedToolCallId } from "../util/tool-call-id.js";
import { TextBuilder } from "./text-builder.js";

/**
 * Folds streamed chunks into the non-streamed response they add up to: content, reasoning and refusal joined;
 * `reasoning_details` merged by type and index with signatures kept; images collected; tool-call fragments merged
 * by `index` with their arguments concatenated (a fragment without `index` joins the call in progress, and every
 * call gets a unique id, generated when the wire's is missing, empty or repeated); `logprobs` concatenated; usage and
 * the finish reason taken from whichever chunk carries them; unknown chunk and delta fields kept.
 * Holds only the running totals, never the chunks, so memory does not grow with the number of chunks.
 * @internal
 */
export class ChunkAccumulator {
  id = "";
  #model = "";
  #created = 0;
  #provider: string | undefined;
  #systemFingerprint: string | null | undefined;
  readonly #content = new TextBuilder();
  /** Whether any content delta (even "") arrived as a string, to tell "" from null. */
  #sawContent = false;
  readonly #reasoning = new TextBuilder();
  #sawReasoning = false;
  #refusal: string | undefined;
  finishReason: FinishReason = null;
  #nativeFinishReason: string | null | undefined;
  #usage: Usage | undefined;
  error: WireError | undefined;
  readonly #reasoningDetails: ReasoningDetail[] = [];
  /** The growing `text` and `summary` of merged reasoning details, written back when the details are read. */
  readonly #detailTexts = new Map<ReasoningDetail, { text?: TextBuilder; summary?: TextBuilder }>();
  readonly #images: WireImage[] = [];
  readonly #annotations: Annotation[] = [];
  readonly #toolCalls = new Map<number, ToolCall>();
  /** The index of the call the last fragment went to: where a fragment without `index` belongs. */
  #currentCall: number | undefined;
  #logprobs: Record<string, unknown> | undefined;
  #deltaExtra: Record<string, unknown> | undefined;
  #audio: { id?: string; data: string; transcript: string; expires_at?: number } | undefined;
  #extra: Record<string, unknown> | undefined;

  /** Folds one chunk in. Returns `true` when the chunk reports an error (top-level, or `finish_reason: "error"`). */
  add(chunk: ChatCompletionChunk): boolean {
    let failed = chunk.error !== undefined && chunk.error !== null;
    if (!this.id && typeof chunk.id === "string") this.id = chunk.id;
    if (!this.#model && typeof chunk.model === "string") this.#model = chunk.model;
    if (!this.#created && typeof chunk.created === "number") this.#created = chunk.created;
    if (this.#provider === undefined && typeof chunk.provider === "string") this.#provider = chunk.provider;
    if (this.#systemFingerprint === undefined && chunk.system_fingerprint !== undefined) this.#systemFingerprint = chunk.system_fingerprint;
    if (chunk.usage) this.#usage = chunk.usage;
    if (chunk.error) this.error = chunk.error;
    // Any other top-level field is kept as its last non-null value. A switch on the known keys, not a lookup
    // table: this runs for every key of every chunk, and a switch compares interned strings without a property load.
    for (const key in chunk) {
      switch (key) {
        case "id":
        case "object":
        case "created":
        case "model":
        case "provider":
        case "system_fingerprint":
        case "choices":
        case "usage":
        case "error":
        // JSON.parse makes "__proto__" an own key; assigning it would swap the object's prototype.
        case "__proto__":
          continue;
        default: {
          const value = chunk[key];
          if (value !== null && value !== undefined) (this.#extra ??= {})[key] = value;
        }
      }
    }
    const choices = chunk.choices;
    if (!Array.isArray(choices)) return failed;
    for (let i = 0; i < choices.length; i++) {
      const choice = choices[i];
      // OpenRouter returns one choice; a second index would be a different answer, not part of this one.
      if (!choice || (choice.index !== undefined && choice.index !== 0)) continue;
      if (choice.finish_reason != null) {
        if (choice.finish_reason === "error") failed = true;
        if (this.finishReason === null) this.finishReason = choice.finish_reason;
      }
      if (choice.native_finish_reason != null && this.#nativeFinishReason == null) this.#nativeFinishReason = choice.native_finish_reason;
      if (choice.error) {
        this.error ??= choice.error;
        failed = true;
      }
      if (choice.logprobs !== null && typeof choice.logprobs === "object") this.#addLogprobs(choice.logprobs as Record<string, unknown>);
      const delta = choice.delta;
      if (!delta) continue;
      if (typeof delta.content === "string") {
        this.#content.add(delta.content);
        this.#sawContent = true;
      }
      if (typeof delta.reasoning === "string") {
        this.#reasoning.add(delta.reasoning);
        this.#sawReasoning = true;
      }
      if (typeof delta.refusal === "string") this.#refusal = (this.#refusal ?? "") + delta.refusal;
      if (delta.reasoning_details && delta.reasoning_details.length > 0) this.#addReasoningDetails(delta.reasoning_details);
      if (delta.tool_calls && delta.tool_calls.length > 0) this.#addToolCalls(delta.tool_calls);
      if (delta.images && delta.images.length > 0) for (const image of delta.images) this.#images.push(image);
      if (delta.annotations && delta.annotations.length > 0) for (const a of delta.annotations) this.#annotations.push(a);
      if (delta.audio) this.#addAudio(delta.audio);
      // Any other delta field is kept: strings joined, arrays concatenated, other values last-wins.
      for (const key in delta) {
        switch (key) {
          case "role":
          case "content":
          case "reasoning":
          case "reasoning_details":
          case "tool_calls":
          case "images":
          case "annotations":
          case "refusal":
          case "audio":
          case "__proto__":
            continue;
          default:
            this.#addDeltaExtra(key, delta[key]);
        }
      }
    }
    return failed;
  }

  /** The content so far. */
  get content(): string {
    return this.#content.toString();
  }

  /** The reasoning text so far. */
  get reasoning(): string {
    return this.#reasoning.toString();
  }

  /** Reasoning details so far, merged, their texts up to date. */
  get reasoningDetails(): ReasoningDetail[] {
    for (const [detail, texts] of this.#detailTexts) {
      if (texts.text) detail.text = texts.text.toString();
      if (texts.summary) detail.summary = texts.summary.toString();
    }
    return this.#reasoningDetails;
  }

  /**
   * Tool calls so far, in index order, arguments as concatenated (possibly still ""). A call whose id has not
   * arrived is given one here, and keeps it: a later id from the wire does not replace what a reader already saw.
   */
  get toolCalls(): ToolCall[] {
    const calls = [...this.#toolCalls.entries()].sort((a, b) => a[0] - b[0]).map(([, call]) => call);
    const taken = new Set<string>();
    for (const call of calls) if (call.id) taken.add(call.id);
    calls.forEach((call, position) => {
      if (!call.id) taken.add((call.id = generatedToolCallId(this.id, position, taken)));
    });
    return calls;
  }

  /** The response the chunks add up to, shaped like a non-streamed one. */
  toCompletion(): ChatCompletion {
    const toolCalls = this.toolCalls;
    const reasoningDetails = this.reasoningDetails;
    const message: ResponseMessage = { role: "assistant", content: this.#sawContent || toolCalls.length === 0 ? this.content : null };
    if (this.#sawReasoning) message.reasoning = this.reasoning;
    if (this.#refusal !== undefined) message.refusal = this.#refusal;
    if (reasoningDetails.length > 0) message.reasoning_details = reasoningDetails;
    if (toolCalls.length > 0) message.tool_calls = toolCalls;
    if (this.#images.length > 0) message.images = this.#images;
    if (this.#annotations.length > 0) message.annotations = this.#annotations;
    if (this.#audio) message.audio = this.#audio;
    if (this.#deltaExtra) for (const key in this.#deltaExtra) if (message[key] === undefined) message[key] = this.#deltaExtra[key];
    const completion: ChatCompletion = {
      id: this.id,
      object: "chat.completion",
      created: this.#created,
      model: this.#model,
      ...this.#extra,
      choices: [{ index: 0, finish_reason: this.finishReason, native_finish_reason: this.#nativeFinishReason ?? null, message }],
    };
    if (this.#logprobs) completion.choices[0]!.logprobs = this.#logprobs;
    if (this.#provider !== undefined) completion.provider = this.#provider;
    if (this.#systemFingerprint !== undefined) completion.system_fingerprint = this.#systemFingerprint;
    if (this.#usage) completion.usage = this.#usage;
    return completion;
  }

  #addReasoningDetails(fragments: ReasoningDetail[]): void {
    const details = this.#reasoningDetails;
    for (const detail of fragments) {
      if (!detail || typeof detail !== "object") continue;
      const last = details[details.length - 1];
      const target =
        detail.type === "reasoning.text" || detail.type === "reasoning.summary"
          ? detail.index === undefined
            ? last?.type === detail.type && last.index === undefined ? last : undefined
            : details.find((d) => d.type === detail.type && d.index === detail.index)
          : undefined;
      if (!target) {
        details.push({ ...detail });
        continue;
      }
      if (typeof detail.text === "string") this.#detailText(target, "text").add(detail.text);
      if (typeof detail.summary === "string") this.#detailText(target, "summary").add(detail.summary);
      // Signatures arrive late and whole; later fields (id, format) fill what the first fragment lacked.
      for (const key of Object.keys(detail)) {
        // JSON.parse makes "__proto__" an own key; assigning it would swap the entry's prototype.
        if (key === "text" || key === "summary" || key === "__proto__") continue;
        const value = detail[key];
        if (value !== null && value !== undefined && (target[key] === null || target[key] === undefined || key === "signature")) target[key] = value;
      }
    }
  }

  #detailText(target: ReasoningDetail, key: "text" | "summary"): TextBuilder {
    let texts = this.#detailTexts.get(target);
    if (!texts) this.#detailTexts.set(target, (texts = {}));
    let builder = texts[key];
    if (!builder) {
      builder = texts[key] = new TextBuilder();
      if (typeof target[key] === "string") builder.add(target[key]);
    }
    return builder;
  }

  #addToolCalls(fragments: NonNullable<ChatCompletionChunk["choices"][number]["delta"]["tool_calls"]>): void {
    for (const fragment of fragments) {
      if (!fragment || typeof fragment !== "object") continue;
      const index = typeof fragment.index === "number" ? fragment.index : this.#indexOf(fragment);
      this.#currentCall = index;
      const id = typeof fragment.id === "string" && fragment.id !== "" && !this.#idTaken(fragment.id, index) ? fragment.id : "";
      const name = typeof fragment.function?.name === "string" ? fragment.function.name : "";
      let call = this.#toolCalls.get(index);
      if (!call) {
        call = { id, type: "function", function: { name, arguments: "" } };
        this.#toolCalls.set(index, call);
      } else {
        if (!call.id && id) call.id = id;
        if (!call.function.name && name) call.function.name = name;
      }
      const args = fragment.function?.arguments;
      if (typeof args === "string") call.function.arguments += args;
    }
  }

  /**
   * Where a fragment without `index` goes: the call with its id; else the call in progress, unless the fragment
   * starts a call of its own (a new id, or a name when the call in progress has one); else a new call.
   */
  #indexOf(fragment: { id?: string; function?: { name?: string } }): number {
    const id = typeof fragment.id === "string" && fragment.id !== "" ? fragment.id : undefined;
    if (id !== undefined) for (const [index, call] of this.#toolCalls) if (call.id === id) return index;
    const current = this.#currentCall === undefined ? undefined : this.#toolCalls.get(this.#currentCall);
    const startsCall = id !== undefined ? Boolean(current?.id) : Boolean(fragment.function?.name && current?.function.name);
    if (current && !startsCall) return this.#currentCall!;
    let next = 0;
    for (const index of this.#toolCalls.keys()) if (index >= next) next = index + 1;
    return next;
  }

  /** Whether another call (not the one at `index`) already has this id: a repeated id is not kept. */
  #idTaken(id: string, index: number): boolean {
    for (const [other, call] of this.#toolCalls) if (other !== index && call.id === id) return true;
    return false;
  }

  #addLogprobs(logprobs: Record<string, unknown>): void {
    const target = (this.#logprobs ??= {});
    for (const key in logprobs) {
      if (key === "__proto__") continue;
      const value = logprobs[key];
      const had = target[key];
      if (Array.isArray(value)) target[key] = Array.isArray(had) ? (had.push(...value), had) : [...value];
      else if (value !== null && value !== undefined) target[key] = value;
      else if (!(key in target)) target[key] = value;
    }
  }

  #addDeltaExtra(key: string, value: unknown): void {
    if (value === null || value === undefined) return;
    const target = (this.#deltaExtra ??= {});
    const had = target[key];
    if (typeof value === "string") target[key] = typeof had === "string" ? had + value : value;
    else if (Array.isArray(value)) target[key] = Array.isArray(had) ? (had.push(...value), had) : [...value];
    else target[key] = value;
  }

  #addAudio(audio: NonNullable<ChatCompletionChunk["choices"][number]["delta"]["audio"]>): void {
    const target = (this.#audio ??= { data: "", transcript: "" });
    if (audio.id) target.id = audio.id;
    if (typeof audio.data === "string") target.data += audio.data;
    if (typeof audio.transcript === "string") target.transcript += audio.transcript;
    if (typeof audio.expires_at === "number") target.expires_at = audio.expires_at;
  }
}
