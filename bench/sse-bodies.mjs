// The SSE bodies the stream benchmarks read: the same N words as OpenRouter chat chunks (then usage and [DONE]), as
// Responses events (created, N `output_text.delta`, completed) and as Messages events (message_start, a text block
// of N `text_delta`, message_delta, message_stop). Shared by bench/sse-server.mjs (over HTTP) and
// bench/instructions.mjs (in memory), so both measure the same bytes.

const words = [" the", " quick", " brown", " fox", " jumps", " over", " lazy", " dogs"];

/** Each body as an array of SSE events (strings, each ending in a blank line). */
export function sseBodies(chunks) {
  const head = '{"id":"gen-1768896871-9HgAQqS1Z72C6gApaidi","provider":"OpenInference","model":"openai/gpt-oss-120b","object":"chat.completion.chunk","created":1768896871,"choices":[{"index":0,"delta":{"role":"assistant","content":"';
  const tail = '"},"finish_reason":null,"native_finish_reason":null,"logprobs":null}]}';
  const chat = [": OPENROUTER PROCESSING\n\n"];
  for (let i = 0; i < chunks; i++) chat.push(`data: ${head}${words[i % words.length]}${tail}\n\n`);
  chat.push(`data: ${head}${tail.replace('"finish_reason":null', '"finish_reason":"stop"')}\n\n`);
  chat.push('data: {"id":"gen-1","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":10,"completion_tokens":' + chunks + ',"total_tokens":' + (chunks + 10) + ',"cost":0.001}}\n\n');
  chat.push("data: [DONE]\n\n");

  const item = '{"type":"response.output_text.delta","item_id":"msg-1","output_index":0,"content_index":0,"logprobs":[],"sequence_number":';
  const response = (status, text) => `{"id":"resp-1","object":"response","created_at":1,"model":"openai/gpt-oss-120b","status":"${status}","output":[${text === undefined ? "" : `{"type":"message","id":"msg-1","role":"assistant","status":"completed","content":[{"type":"output_text","text":${JSON.stringify(text)},"annotations":[]}]}`}],"usage":{"input_tokens":10,"output_tokens":${chunks},"total_tokens":${chunks + 10},"cost":0.001}}`;
  const responses = [`event: response.created\ndata: {"type":"response.created","sequence_number":0,"response":${response("in_progress")}}\n\n`];
  let all = "";
  for (let i = 0; i < chunks; i++) {
    const word = words[i % words.length];
    all += word;
    responses.push(`event: response.output_text.delta\ndata: ${item}${i + 1},"delta":"${word}"}\n\n`);
  }
  responses.push(`event: response.completed\ndata: {"type":"response.completed","sequence_number":${chunks + 1},"response":${response("completed", all)}}\n\n`);

  const messages = [
    `event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"anthropic/claude-sonnet-4.5","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":10,"output_tokens":1}}}\n\n`,
    `event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n`,
  ];
  for (let i = 0; i < chunks; i++) {
    messages.push(`event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"${words[i % words.length]}"}}\n\n`);
  }
  messages.push(`event: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n`);
  messages.push(`event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":${chunks},"cost":0.001}}\n\n`);
  messages.push(`event: message_stop\ndata: {"type":"message_stop"}\n\n`);
  return { chat, responses, messages };
}
