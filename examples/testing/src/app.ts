// A small app on openrouter-fetch: what its tests (../test/app.test.ts) check with the mock OpenRouter.
import { type Client, StreamError, chat, runTools, stream, tool } from "openrouter-fetch";
import * as z from "zod";

const model = "openai/gpt-4o-mini";

/** One line that sums up `text`. */
export async function summarize(client: Client, text: string): Promise<string> {
  const result = await chat(client, {
    model,
    messages: [
      { role: "system", content: "Summarize in one line." },
      { role: "user", content: text },
    ],
  });
  return result.text.trim();
}

/** Streams an answer onto a "screen" (an array of rendered pieces), with a notice if the stream breaks. */
export async function renderAnswer(client: Client, prompt: string, screen: string[]): Promise<void> {
  const answer = await stream(client, { model, prompt });
  try {
    for await (const piece of answer.textStream) screen.push(piece);
  } catch (error) {
    screen.push(error instanceof StreamError ? "[interrupted]" : "[failed]");
  }
}

const forecasts: Record<string, number> = { paris: 18, tokyo: 24 };

/** Answers a weather question with a tool the model may call. */
export async function weather(client: Client, question: string): Promise<string> {
  const getWeather = tool({
    name: "get_weather",
    description: "The temperature in a city, in °C.",
    parameters: z.object({ city: z.string() }),
    execute: async ({ city }) => ({ city, celsius: forecasts[city.toLowerCase()] ?? null }),
  });
  const result = await runTools(client, { model, prompt: question }, { tools: [getWeather] });
  return result.text;
}
