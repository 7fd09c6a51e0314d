import type { ChatCompletionChunk } from "../types/chat-completion-chunk.js";
import type { ChatCompletion, FinishReason, ResponseMessage, Usage, WireError } from "../types/chat-completion.js";
import type { Annotation, ReasoningDetail, ToolCall, WireImage } from "../types/messages.js";
import { TextBuilder } from "./text-builder.js";

/**
 * Folds streamed chunks into the non-streamed response they add up to: content, reasoning and refusal joined;
 * `reasoning_details` merged by type and index with signatures kept; images collected; tool-call fragments merged
 * by `index` with their arguments concatenated; usage and the finish reason taken from whichever chunk carries them.
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
    if (chunk.openrouter_metadata !== undefined) (this.#extra ??= {})["openrouter_metadata"] = chunk.openrouter_metadata;
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

  /** Tool calls so far, in index order, arguments as concatenated (possibly still ""). */
  get toolCalls(): ToolCall[] {
    return [...this.#toolCalls.entries()].sort((a, b) => a[0] - b[0]).map(([, call]) => call);
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
    const completion: ChatCompletion = {
      id: this.id,
      object: "chat.completion",
      created: this.#created,
      model: this.#model,
      choices: [{ index: 0, finish_reason: this.finishReason, native_finish_reason: this.#nativeFinishReason ?? null, message }],
      ...this.#extra,
    };
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
      if (!fragment) continue;
      const index = typeof fragment.index === "number" ? fragment.index : this.#toolCalls.size;
      let call = this.#toolCalls.get(index);
      if (!call) {
        call = { id: fragment.id ?? "", type: "function", function: { name: fragment.function?.name ?? "", arguments: "" } };
        this.#toolCalls.set(index, call);
      } else {
        if (!call.id && fragment.id) call.id = fragment.id;
        if (!call.function.name && fragment.function?.name) call.function.name = fragment.function.name;
      }
      const args = fragment.function?.arguments;
      if (typeof args === "string") call.function.arguments += args;
    }
  }

  #addAudio(audio: NonNullable<ChatCompletionChunk["choices"][number]["delta"]["audio"]>): void {
    const target = (this.#audio ??= { data: "", transcript: "" });
    if (audio.id) target.id = audio.id;
    if (typeof audio.data === "string") target.data += audio.data;
    if (typeof audio.transcript === "string") target.transcript += audio.transcript;
    if (typeof audio.expires_at === "number") target.expires_at = audio.expires_at;
  }
}
