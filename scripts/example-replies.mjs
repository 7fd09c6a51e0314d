// What the local OpenRouter says to the examples and the demo: a scripted stand-in for a model, chosen by what a
// request asks (its prompt, its tools, its response_format, its modalities). No state between requests: a tool
// loop's next move is read from the conversation the request carries, so parallel requests cannot mix up.
//
// The tool scripts really use the tool results they are sent back (the temperatures, the sums): the SDK's loop is
// exercised, not bypassed. Anything unscripted gets a reply that says so.
import { crc32, deflateSync } from "node:zlib";

/**
 * @typedef {{ name: string, args: Record<string, unknown> }} Call
 * @typedef {{ content?: string, toolCalls?: Call[], image?: { dataUrl: string } }} Reply
 */

/** Canned answers for the plain prompts of the examples and the demo, matched on the first user message. */
const answers = [
  [/sky blue/i, "Sunlight scatters off the molecules of the air, and short blue wavelengths scatter far more than red ones (Rayleigh scattering), so blue reaches your eyes from every direction."],
  [/poem about fetch/i, "A promise sent across the wire,\nit waits for bytes, it does not tire;\nthe headers land, the body streams,\nand JSON comes back full of dreams."],
  [/load balancer/i, "A load balancer spreads incoming requests across several servers, so that no single one is overwhelmed and a failed one can be skipped."],
  [/capital of Australia/i, "The capital of Australia is Canberra."],
  [/what is OpenRouter/i, "OpenRouter is one API in front of hundreds of language models from many providers, with one bill, one key and automatic fallbacks."],
  [/uploaded file/i, "The document is a one-page PDF; it holds no text beyond its header, so there is nothing to summarise."],
  [/haiku/i, "Packets cross the sea;\nfetch() waits with open hands:\ntokens drift ashore."],
];

const cities = {
  japan: { name: "Tokyo", country: "Japan", population: 14_187_176, landmarks: ["Senso-ji", "Tokyo Skytree", "Meiji Shrine"] },
  france: { name: "Paris", country: "France", population: 2_102_650, landmarks: ["Eiffel Tower", "Louvre", "Notre-Dame"] },
};

/**
 * The reply to one chat request body.
 * @param {any} body
 * @returns {Reply}
 */
export function replyTo(body) {
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  const system = messages.filter((m) => m?.role === "system").map(textOf).join("\n");
  const prompt = textOf(messages.find((m) => m?.role === "user"));
  const toolNames = new Set((Array.isArray(body?.tools) ? body.tools : []).map((t) => t?.function?.name).filter(Boolean));

  if (Array.isArray(body?.modalities) && body.modalities.includes("image")) {
    const [w, h] = sizeFor(body.image_config?.aspect_ratio);
    const text = body.modalities.includes("text") ? "Here is a sunrise over the sea, drawn by the local mock." : "";
    return { content: text, image: { dataUrl: `data:image/png;base64,${drawSunrise(w, h).toString("base64")}` } };
  }
  if (toolNames.has("get_weather") && toolNames.has("calculator")) {
    const reply = weatherLoop(prompt, toolHistory(messages));
    if (reply) return reply;
  }
  const format = body?.response_format?.type;
  if (format === "json_object" || format === "json_schema" || /\bJSON\b/.test(system)) {
    const city = /france/i.test(prompt) ? cities.france : /japan/i.test(prompt) ? cities.japan : undefined;
    if (city) {
      const schema = body?.response_format?.json_schema?.schema ?? schemaIn(system);
      const keys = schema?.properties ? Object.keys(schema.properties) : Object.keys(city);
      const json = JSON.stringify(Object.fromEntries(keys.filter((k) => k in city).map((k) => [k, city[k]])), null, 2);
      // Claude often fences JSON despite being told not to; the SDK's extraction copes, so show it.
      return { content: String(body.model ?? "").includes("anthropic/") ? `\`\`\`json\n${json}\n\`\`\`` : json };
    }
  }
  if (/Rate how hard/i.test(system)) {
    return { content: /```|\n\s*\d+\./.test(prompt) ? "complex" : prompt.length > 80 ? "medium" : "simple" };
  }
  if (/describe this image/i.test(prompt)) {
    const images = messages.flatMap((m) => (Array.isArray(m?.content) ? m.content : [])).filter((p) => p?.type === "image_url");
    const described = images.map((p) => {
      const url = String(p.image_url?.url ?? "");
      const match = /^data:([^;,]+);base64,(.*)$/.exec(url);
      const size = match ? `${match[1]}, ${Math.floor((match[2].length * 3) / 4) - (match[2].match(/=+$/)?.[0].length ?? 0)} bytes` : url;
      return `${size}${p.image_url?.detail ? `, detail ${p.image_url.detail}` : ""}`;
    });
    return { content: `The local mock cannot look at images, but it received ${images.length} image${images.length === 1 ? "" : "s"}: ${described.join("; ")}. A real model would describe ${images.length === 1 ? "it" : "them"} here.` };
  }
  for (const [pattern, answer] of answers) if (pattern.test(prompt)) return { content: answer };
  return { content: `(local mock) No scripted answer for "${prompt.slice(0, 60)}". Against the real API, a model answers here.` };
}

/**
 * The two tool conversations of examples/tools.ts and the demo, one move at a time.
 * @returns {Reply | undefined}
 */
function weatherLoop(prompt, done) {
  const find = (name, test) => done.find((d) => d.name === name && test(d.args ?? {}));
  const weatherOf = (city) => find("get_weather", (a) => String(a.city).toLowerCase() === city.toLowerCase());
  const failed = done.find((d) => d.result && typeof d.result === "object" && "error" in d.result);
  if (failed) return { content: `Sorry, ${failed.name} failed: ${failed.result.error}` };

  // "How much warmer is it in Tokyo than in Paris, in Fahrenheit degrees?"
  const warmer = /warmer is it in ([A-Z][\w ]*?) than in ([A-Z][\w ]*?)\b[,?.]/.exec(prompt);
  if (warmer) {
    const [, a, b] = warmer;
    const missing = [a, b].filter((city) => !weatherOf(city));
    if (missing.length > 0) return { toolCalls: missing.map((city) => ({ name: "get_weather", args: { city } })) };
    const [wa, wb] = [weatherOf(a).result, weatherOf(b).result];
    const difference = find("calculator", (x) => x.operation === "subtract");
    if (!difference) return { toolCalls: [{ name: "calculator", args: { operation: "subtract", a: wa.celsius, b: wb.celsius } }] };
    const celsius = difference.result.value;
    // A difference of temperatures converts with the factor alone: no +32.
    const fahrenheit = find("calculator", (x) => x.operation === "multiply");
    if (!fahrenheit) return { toolCalls: [{ name: "calculator", args: { operation: "multiply", a: celsius, b: 1.8 } }] };
    const f = Math.round(fahrenheit.result.value * 100) / 100;
    return { content: `It is ${wa.celsius} °C and ${wa.sky} in ${a}, ${wb.celsius} °C and ${wb.sky} in ${b}: ${a} is ${celsius} °C warmer, a difference of ${f} °F.` };
  }

  // "What's the weather in Lima, and what is 16 to the power of 2?": both calls at once.
  const both = /weather in ([A-Z][\w ]*?)\b[,?.].*?(\d+(?:\.\d+)?) to the power of (\d+(?:\.\d+)?)/.exec(prompt);
  if (both) {
    const [, city, base, exponent] = both;
    const weather = weatherOf(city);
    const power = find("calculator", (x) => x.operation === "power");
    if (!weather || !power) {
      return {
        toolCalls: [
          ...(weather ? [] : [{ name: "get_weather", args: { city } }]),
          ...(power ? [] : [{ name: "calculator", args: { operation: "power", a: Number(base), b: Number(exponent) } }]),
        ],
      };
    }
    return { content: `In ${city} it is ${weather.result.celsius} °C and ${weather.result.sky}, and ${base} to the power of ${exponent} is ${power.result.value}.` };
  }
  return undefined;
}

/** The tool calls already made in a conversation, with the results sent back for them. */
function toolHistory(messages) {
  const calls = new Map();
  for (const m of messages) {
    if (m?.role !== "assistant") continue;
    for (const call of m.tool_calls ?? []) calls.set(call.id, { name: call.function?.name, args: parseJson(call.function?.arguments) ?? {} });
  }
  return messages.filter((m) => m?.role === "tool" && calls.has(m.tool_call_id)).map((m) => ({ ...calls.get(m.tool_call_id), result: parseJson(textOf(m)) }));
}

function textOf(message) {
  const content = message?.content;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p) => (p?.type === "text" ? p.text : "")).join("");
  return "";
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The JSON Schema in the SDK's "reply with JSON" system message, for models asked that way. */
function schemaIn(system) {
  const at = system.indexOf("JSON Schema:\n");
  return at === -1 ? undefined : parseJson(system.slice(at + "JSON Schema:\n".length).split("\n")[0]);
}

function sizeFor(aspectRatio) {
  const [w, h] = String(aspectRatio ?? "16:9").split(":").map(Number);
  if (!(w > 0 && h > 0)) return [256, 144];
  const scale = 256 / Math.max(w, h);
  return [Math.round(w * scale), Math.round(h * scale)];
}

/** A small PNG (RGB, 8 bits): a sky going from night blue to orange, a sun, and the sea reflecting it. */
export function drawSunrise(width, height) {
  const horizon = 0.62;
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0: none
    const v = y / height;
    for (let x = 0; x < width; x++) {
      const u = x / width;
      let rgb;
      const sun = Math.hypot((u - 0.5) * (width / height), v - horizon + 0.02);
      if (v < horizon) {
        const t = v / horizon;
        rgb = sun < 0.13 ? [255, 214, 102] : [mix(20, 250, t ** 1.6), mix(30, 140, t ** 1.8), mix(90, 90, t)];
      } else {
        const depth = (v - horizon) / (1 - horizon);
        const glint = Math.abs(u - 0.5) < 0.12 * (1 - depth * 0.5) && Math.sin(v * 160) > 0.35;
        rgb = glint ? [250, 190, 110] : [mix(30, 10, depth), mix(70, 40, depth), mix(120, 80, depth)];
      }
      row.set(rgb.map(Math.round), 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.concat(rows))), chunk("IEND", Buffer.alloc(0))]);
}

function mix(a, b, t) {
  return a + (b - a) * Math.min(1, Math.max(0, t));
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
