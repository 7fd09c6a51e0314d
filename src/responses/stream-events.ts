import type { ResponseAnnotation, ResponseObject, ResponseOutputContent, ResponseOutputItem } from "./types.js";

// The events of a streamed Responses answer (the OpenAPI document's StreamEvents), by family. Every event has
// `type` and `sequence_number`; those the SDK does not list (code interpreter, web search, fusion, …) arrive as
// `OtherResponseEvent`, as they were sent.

interface Seq {
  sequence_number: number;
  [key: string]: unknown;
}
interface ItemPosition extends Seq {
  item_id: string;
  output_index: number;
}
interface PartPosition extends ItemPosition {
  content_index: number;
}

/** The response as it stands: `response.created`, `response.in_progress`, and the three terminal events. */
export interface ResponseLifecycleEvent extends Seq {
  type: "response.created" | "response.in_progress" | "response.completed" | "response.failed" | "response.incomplete";
  response: ResponseObject;
}
/** An output item starts or is done (`item` whole when done). */
export interface ResponseOutputItemEvent extends Seq {
  type: "response.output_item.added" | "response.output_item.done";
  output_index: number;
  item: ResponseOutputItem;
}
/** A content part of a message starts or is done. */
export interface ResponseContentPartEvent extends PartPosition {
  type: "response.content_part.added" | "response.content_part.done";
  part: ResponseOutputContent;
}
/** Output text: a delta, or the whole text of the part. */
export interface ResponseTextDeltaEvent extends PartPosition {
  type: "response.output_text.delta";
  delta: string;
}
/** The whole text of an output text part, once it is done. */
export interface ResponseTextDoneEvent extends PartPosition {
  type: "response.output_text.done";
  text: string;
}
/** An annotation (a URL citation, …) on output text. */
export interface ResponseAnnotationEvent extends PartPosition {
  type: "response.output_text.annotation.added";
  annotation_index: number;
  annotation: ResponseAnnotation;
}
/** A refusal, in deltas then whole. */
export interface ResponseRefusalEvent extends PartPosition {
  type: "response.refusal.delta" | "response.refusal.done";
  delta?: string;
  refusal?: string;
}
/** A function call's arguments, in deltas then whole. */
export interface ResponseFunctionCallArgumentsEvent extends ItemPosition {
  type: "response.function_call_arguments.delta" | "response.function_call_arguments.done";
  delta?: string;
  arguments?: string;
  name?: string;
}
/** A reasoning summary part starts or is done. */
export interface ResponseReasoningSummaryPartEvent extends ItemPosition {
  type: "response.reasoning_summary_part.added" | "response.reasoning_summary_part.done";
  summary_index: number;
  part: { type: "summary_text"; text: string };
}
/** Reasoning summary text, in deltas then whole. */
export interface ResponseReasoningSummaryTextEvent extends ItemPosition {
  type: "response.reasoning_summary_text.delta" | "response.reasoning_summary_text.done";
  summary_index: number;
  delta?: string;
  text?: string;
}
/** Reasoning text, in deltas then whole. */
export interface ResponseReasoningTextEvent extends PartPosition {
  type: "response.reasoning_text.delta" | "response.reasoning_text.done";
  delta?: string;
  text?: string;
}
/** Image generation: progress, and partial images (base64). */
export interface ResponseImageGenerationEvent extends ItemPosition {
  type: "response.image_generation_call.in_progress" | "response.image_generation_call.generating" | "response.image_generation_call.partial_image" | "response.image_generation_call.completed";
  partial_image_b64?: string;
  partial_image_index?: number;
}
/** A failure mid-stream. */
export interface ResponseErrorEvent extends Seq {
  type: "error";
  code: string | null;
  message: string;
  param: string | null;
}
/** An event type the SDK does not list, as it was sent. */
export interface OtherResponseEvent extends Seq {
  type: `response.${string}`;
}

/** One event of a Responses stream, discriminated on `type`. */
export type ResponseStreamEvent =
  | ResponseLifecycleEvent
  | ResponseOutputItemEvent
  | ResponseContentPartEvent
  | ResponseTextDeltaEvent
  | ResponseTextDoneEvent
  | ResponseAnnotationEvent
  | ResponseRefusalEvent
  | ResponseFunctionCallArgumentsEvent
  | ResponseReasoningSummaryPartEvent
  | ResponseReasoningSummaryTextEvent
  | ResponseReasoningTextEvent
  | ResponseImageGenerationEvent
  | ResponseErrorEvent;
