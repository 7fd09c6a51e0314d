import type { ChatParams } from "../types/chat-params.js";
import { checkConfig, invalid } from "./check-config.js";
import { parseModelIdAt } from "./model-id.js";
import { show } from "./show.js";

/** How hard a request is, as a cascade sees it. */
export type CascadeTier = "simple" | "medium" | "complex";

/** What a cascade classifies: a prompt, or a whole chat request. */
export type CascadeInput = string | ChatParams;

/** The model for each tier. */
export interface CascadeModels {
  simple: string;
  medium: string;
  complex: string;
}

/** Decides the tier of a request; sync or async (a call to a cheap model, say). */
export type CascadeClassifier = (input: CascadeInput) => CascadeTier | Promise<CascadeTier>;

/** Options of {@link cascade}. */
export interface CascadeOptions {
  /** The classifier. @default classifyComplexity */
  classify?: CascadeClassifier;
}

/** What {@link Cascade.pick} returns. */
export interface CascadePick {
  /** The model id for the tier, to put in `model`. */
  model: string;
  tier: CascadeTier;
}

/** A model chooser made by {@link cascade}. */
export interface Cascade {
  /** Classifies the input and returns the model of its tier. */
  pick(input: CascadeInput): Promise<CascadePick>;
}

const tiers: readonly CascadeTier[] = ["simple", "medium", "complex"];

function textOf(content: unknown): { text: string; media: boolean } {
  if (typeof content === "string") return { text: content, media: false };
  if (!Array.isArray(content)) return { text: "", media: false };
  const parts = content as { type?: unknown; text?: unknown }[];
  const text = parts.map((part) => (part?.type === "text" && typeof part.text === "string" ? part.text : "")).join("\n");
  return { text, media: parts.some((part) => part?.type !== "text") };
}

// The latest user turn carries the ask; earlier turns and system prompts would make every request look long.
function latestAsk(input: CascadeInput): { text: string; media: boolean } {
  if (typeof input === "string") return { text: input, media: false };
  if (typeof input !== "object" || input === null) return { text: "", media: false };
  if (typeof input.prompt === "string") return { text: input.prompt, media: false };
  const user = [...(input.messages ?? [])].reverse().find((m) => m?.role === "user");
  return textOf(user?.content);
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * The default cascade classifier, a fast heuristic with no model call. It reads the latest user turn (or the
 * prompt) and adds points:
 *
 * - **length**: +1 from 500 characters, +2 from 2,000, +3 from 8,000;
 * - **code**: +2 for a fenced block or three or more code-like lines; otherwise +1 for a coding ask ("function",
 *   "bug", "refactor", "regex", "SQL", …);
 * - **multi-step asks**, up to +2: a list of three or more items, two or more sequencing words ("first", "then",
 *   "finally", "step by step", …), two or more questions;
 * - **reasoning words**, up to +2: one point per kind among prove/derive, analyse/evaluate, design/architecture,
 *   compare/versus, trade-offs/pros and cons, optimise, plan/strategy;
 * - **request shape** (chat requests only): +1 with `tools`, +1 for more than 6 messages, +1 for images, audio or
 *   files in the latest user turn.
 *
 * 0–1 points is `simple`, 2–3 `medium`, 4 or more `complex`.
 *
 * @example
 * ```ts
 * import { classifyComplexity } from "openrouter-fetch/routing";
 * classifyComplexity("What is the capital of France?"); // "simple"
 * classifyComplexity("Compare B-trees and LSM-trees and explain the trade-offs for a write-heavy workload."); // "medium"
 * ```
 */
export function classifyComplexity(input: CascadeInput): CascadeTier {
  const { text, media } = latestAsk(input);
  let score = text.length >= 8000 ? 3 : text.length >= 2000 ? 2 : text.length >= 500 ? 1 : 0;
  const codeLines = count(text, /^\s*(?:def |function |class |import |export |const |let |#include|SELECT |for \(|if \(|return\b).*$|^.*[;{}]\s*$/gim);
  if (text.includes("```") || codeLines >= 3) score += 2;
  else if (/\b(?:code|function|method|class|script|bug|debug|refactor|implement|compile|regex|sql|stack ?trace|unit tests?)\b/i.test(text)) score += 1;
  const listItems = count(text, /^\s*(?:[-*•]|\d+[.)])\s+\S/gm);
  const sequencing = new Set(text.toLowerCase().match(/\b(?:first|then|next|after that|afterwards|finally|step[- ]by[- ]step)\b/g)).size;
  score += Math.min(2, Number(listItems >= 3) + Number(sequencing >= 2) + Number(count(text, /\?/g) >= 2));
  const reasoning = [
    /\b(?:prove|proof|derive)/i,
    /\b(?:analy[sz]|evaluat)/i,
    /\b(?:design|architect)/i,
    /\b(?:compar|versus|vs\.)/i,
    /\b(?:trade-?offs?|pros and cons)/i,
    /\boptimi[sz]/i,
    /\b(?:plan|strateg)/i,
  ];
  score += Math.min(2, reasoning.filter((pattern) => pattern.test(text)).length);
  if (typeof input === "object" && input !== null) {
    score += Number((input.tools?.length ?? 0) > 0) + Number((input.messages?.length ?? 0) > 6) + Number(media);
  }
  return score >= 4 ? "complex" : score >= 2 ? "medium" : "simple";
}

function checkModels(models: unknown): CascadeModels {
  const rule = (value: unknown, field: string) => {
    if (typeof value !== "string") invalid(field, `cascade(): ${field.split(".").pop()} must be a model id such as "anthropic/claude-haiku-4.5".`);
    parseModelIdAt(value as string, field);
    return value;
  };
  const checked = checkConfig("cascade()", "cascade", models ?? null, { simple: rule, medium: rule, complex: rule });
  const missing = tiers.filter((tier) => checked[tier] === undefined);
  if (missing.length > 0) invalid("cascade", `cascade() needs a model for every tier; add ${missing.join(", ")}.`);
  return checked as unknown as CascadeModels;
}

/**
 * Chooses a model by how hard a request is, so that premium models are spent only on hard prompts. The default
 * classifier is {@link classifyComplexity}; pass `classify` for your own (sync or async, such as a call to a cheap
 * model). `pick()` only chooses: send the request yourself with the returned `model`.
 *
 * @throws {@link ValidationError} when a tier's model is missing or malformed, or `classify` is not a function; `pick()`
 * rejects with one for input that is neither a prompt nor a chat request, or a classifier answer that is not a tier.
 * @example
 * ```ts
 * import { cascade, chat, createClient } from "openrouter-fetch";
 * const models = cascade({
 *   simple: "anthropic/claude-haiku-4.5",
 *   medium: "anthropic/claude-sonnet-4.5",
 *   complex: "moonshotai/kimi-k2.5",
 * });
 * const prompt = "Rename the variable x to count in this snippet: let x = 0;";
 * const { model, tier } = await models.pick(prompt);
 * const { text } = await chat(createClient(), { model, prompt });
 * console.log(tier, text);
 * ```
 */
export function cascade(models: CascadeModels, options?: CascadeOptions): Cascade {
  const byTier = { ...checkModels(models) };
  const { classify = classifyComplexity } = checkConfig("cascade()", "cascade.options", options, {
    classify: (value, field) => (typeof value === "function" ? value : invalid(field, "cascade(): classify must be a function (input) => tier.")),
  }) as { classify?: CascadeClassifier };
  return Object.freeze({
    async pick(input: CascadeInput): Promise<CascadePick> {
      const usable = typeof input === "string" ? input.trim() !== "" : typeof input === "object" && input !== null && (typeof input.prompt === "string" || Array.isArray(input.messages));
      if (!usable) invalid("input", "pick() takes a non-empty prompt string or a chat request with `prompt` or `messages`.");
      const tier = await classify(input);
      if (!tiers.includes(tier)) invalid("classify", `The classifier returned ${show(tier)}; it must return "simple", "medium" or "complex".`);
      return { model: byTier[tier], tier };
    },
  });
}
