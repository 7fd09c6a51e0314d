// A one-minute tour of openrouter-fetch for a newcomer: chat, a streamed answer printed as it arrives, the model
// catalog as a table, an image saved to a file, and a tool loop. By default it runs against a local mock of
// OpenRouter (scripts/example-server.mjs: the project's test server with scripted answers), so it needs no account
// and no network; with --live it runs the same code against the real API, with cheap models and small max_tokens.
//
//   npm run demo                                              (root script: "demo": "node scripts/demo.mjs")
//   OPENROUTER_API_KEY=sk-or-v1-… npm run demo -- --live     about $0.04, mostly the image
//   npm run demo -- --live --no-image                         a fraction of a cent
//   npm run demo -- --out ./pictures                          where the image goes (default: a temporary folder)
//
// It imports "openrouter-fetch" itself (the built dist/, through package.json "exports"): when dist/ is missing or
// older than src/, it runs `npm run build` first.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoNode = join(root, "node_modules/node/bin/node");
const args = process.argv.slice(2);
const live = args.includes("--live");

if (args.includes("--help") || args.includes("-h")) {
  console.log("Usage: npm run demo [-- --live] [--no-image] [--out DIR]\n  --live      call the real OpenRouter API (needs OPENROUTER_API_KEY; about $0.04 with the image)\n  --no-image  skip the image generation step\n  --out DIR   save the image in DIR (default: a temporary folder)");
} else if (!live && Number(process.versions.node.split(".")[0]) < 24 && existsSync(repoNode)) {
  // The local mock imports test/server/openrouter-server.ts, which needs Node's type stripping: use the repo's Node 24.
  const child = spawn(repoNode, [fileURLToPath(import.meta.url), ...args], { stdio: "inherit" });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  process.exitCode = await main();
}

async function main() {
  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code) => (text) => (color ? `\x1b[${code}m${text}\x1b[0m` : String(text));
  const [bold, dim, cyan, green, red, yellow] = [paint(1), paint(2), paint(36), paint(32), paint(31), paint(33)];
  if (live && !process.env.OPENROUTER_API_KEY) {
    console.error(`${red("--live needs OPENROUTER_API_KEY.")} Create a key at https://openrouter.ai/settings/keys, then:\n  OPENROUTER_API_KEY=sk-or-v1-… npm run demo -- --live\nWithout --live the demo runs against a local mock and needs no key.`);
    return 1;
  }
  if (!live && !process.features?.typescript && Number(process.versions.node.split(".")[0]) < 24) {
    console.error(`The local mock needs Node 24 (this is ${process.versions.node}): run \`npm ci\` in the repository first, then \`npm run demo\`.`);
    return 1;
  }
  if (!ensureBuilt(dim, red)) return 1;
  const started = performance.now();

  const sdk = await import("openrouter-fetch");
  const { chat, stream, listModels, findModels, pricePerMillion, generateImage, runTools, tool, createClient } = sdk;
  const z = await import("zod");

  let server;
  let client;
  const model = "openai/gpt-4.1-nano";
  console.log(bold("openrouter-fetch — a tour in five calls"));
  if (live) {
    client = createClient({ appTitle: "openrouter-fetch demo" }); // reads OPENROUTER_API_KEY (and OPENROUTER_BASE_URL)
    console.log(`${yellow("LIVE:")} these calls go to the real OpenRouter API with your key and are billed (${args.includes("--no-image") ? "a fraction of a cent" : "about $0.04, mostly the image; --no-image skips it"}).`);
  } else {
    const { startExampleServer } = await import("./example-server.mjs");
    server = await startExampleServer({ pace: 40 });
    // The mock gets a dummy key: a real key in your environment is never sent to it.
    client = createClient({ baseURL: server.baseURL, apiKey: "sk-or-v1-local", appTitle: "openrouter-fetch demo" });
    console.log(`${yellow("LOCAL MOCK:")} this talks to a mock of OpenRouter on ${server.baseURL}: no account, no network.`);
    console.log(dim("The answers are scripted (the tool loop really runs your tools); token counts and costs are made up."));
    console.log(dim(`The same code against the real API: OPENROUTER_API_KEY=sk-or-v1-… npm run demo -- --live`));
  }

  let failures = 0;
  const total = 5;
  let index = 0;
  const section = async (title, code, body) => {
    index++;
    console.log(`\n${bold(cyan(`${index}/${total}  ${title}`))}`);
    for (const line of code) console.log(`     ${dim(line)}`);
    const t = performance.now();
    try {
      await body();
      console.log(`     ${dim(`(${seconds(performance.now() - t)})`)}`);
    } catch (error) {
      failures++;
      console.log(`     ${red(`failed: ${error?.name ?? "Error"}: ${error?.message ?? error}`)}`);
      if (error?.name === "AuthenticationError") console.log(`     ${yellow("Check OPENROUTER_API_KEY: OpenRouter did not accept it.")}`);
      if (error?.name === "InsufficientCreditsError") console.log(`     ${yellow("Your account needs credits for this call: https://openrouter.ai/settings/credits")}`);
    }
  };
  const say = (text) => console.log(wrap(text, "     → "));
  const facts = (...parts) => console.log(`     ${dim(parts.filter(Boolean).join(" · "))}`);
  const cost = (usage) => (usage?.cost === undefined ? undefined : `$${usage.cost.toFixed(7)}`);

  try {
    await section("chat(): one request, one answer", [`const { text, usage } = await chat(client, { model: "${model}", prompt: "In one sentence: what is OpenRouter?" });`], async () => {
      const result = await chat(client, { model, prompt: "In one sentence: what is OpenRouter?", max_tokens: 100 });
      say(result.text);
      facts(`${result.model} via ${result.provider ?? "?"}`, `${result.usage?.total_tokens ?? "?"} tokens`, cost(result.usage));
    });

    await section("stream(): the answer as it is written", [`const answer = await stream(client, { model, prompt: "Write a haiku about fetch() and the sea." });`, "for await (const text of answer.textStream) process.stdout.write(text);"], async () => {
      const answer = await stream(client, { model, prompt: "Write a haiku about fetch() and the sea.", max_tokens: 80 });
      process.stdout.write("     → ");
      for await (const text of answer.textStream) process.stdout.write(text.replaceAll("\n", "\n       "));
      process.stdout.write("\n");
      const final = await answer.final();
      facts(`finish: ${final.finishReason}`, `${final.usage?.total_tokens ?? "?"} tokens`, cost(final.usage));
    });

    await section("listModels(): the catalog (public: no key needed)", ['const models = await listModels(client, { supported_parameters: "tools" });'], async () => {
      const models = findModels(await listModels(client, { supported_parameters: "tools" }), { supports: "tools" });
      const rows = models
        .map((m) => ({ m, input: pricePerMillion(m.pricing.prompt), output: pricePerMillion(m.pricing.completion) }))
        .filter((r) => r.input !== undefined && r.output !== undefined && r.input + r.output > 0)
        .sort((a, b) => a.input + a.output - (b.input + b.output) || a.m.id.localeCompare(b.m.id))
        .slice(0, 6);
      console.log(`     ${models.length} models support tool calling; the ${rows.length} cheapest (USD per million tokens):`);
      const header = `${"model".padEnd(40)} ${"context".padStart(9)} ${"input".padStart(8)} ${"output".padStart(8)}  takes`;
      console.log(`     ${bold(header)}`);
      for (const { m, input, output } of rows) {
        const context = m.context_length ? `${Math.round(m.context_length / 1000)}k` : "?";
        console.log(`     ${m.id.slice(0, 40).padEnd(40)} ${context.padStart(9)} ${`$${input.toFixed(2)}`.padStart(8)} ${`$${output.toFixed(2)}`.padStart(8)}  ${(m.architecture?.input_modalities ?? ["?"]).join(", ")}`);
      }
    });

    const imageModel = "google/gemini-2.5-flash-image";
    if (args.includes("--no-image")) {
      index++;
      console.log(`\n${bold(cyan(`${index}/${total}  generateImage()`))}  ${dim("skipped (--no-image)")}`);
    } else {
      await section("generateImage(): a picture, decoded to bytes", [`const { images } = await generateImage(client, { model: "${imageModel}", prompt: "A sunrise over the sea", aspect_ratio: "16:9" });`, "await writeFile(file, images[0].bytes);"], async () => {
        const result = await generateImage(client, { model: imageModel, prompt: "A sunrise over the sea, flat illustration, no text", aspect_ratio: "16:9" });
        const image = result.images[0] ?? (await result.remoteImages[0]?.load());
        if (!image) throw new Error("no image came back");
        const outIndex = args.indexOf("--out");
        const dir = outIndex !== -1 && args[outIndex + 1] ? resolve(args[outIndex + 1]) : join(tmpdir(), "openrouter-fetch-demo");
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `openrouter-demo-image.${image.mimeType.split("/")[1]?.replace("jpeg", "jpg") ?? "img"}`);
        writeFileSync(file, image.bytes);
        const size = pngSize(image.bytes);
        say(`saved ${green(file)}`);
        facts(image.mimeType, size && `${size[0]}×${size[1]}`, `${(image.bytes.length / 1024).toFixed(1)} kB`, result.text && `the model also said: "${result.text.length > 80 ? `${result.text.slice(0, 79)}…` : result.text}"`, cost(result.usage));
      });
    }

    await section("runTools(): the model calls your functions until it can answer", [
      'const getWeather = tool({ name: "get_weather", parameters: z.object({ city: z.string() }), execute: ({ city }) => … });',
      'const result = await runTools(client, { model, prompt: "How much warmer is it in Tokyo than in Paris, in Fahrenheit degrees?" }, { tools: [getWeather, calculator] });',
    ], async () => {
      const forecasts = { paris: { celsius: 18, sky: "cloudy" }, tokyo: { celsius: 24, sky: "sunny" }, lima: { celsius: 16, sky: "overcast" } };
      const getWeather = tool({
        name: "get_weather",
        description: "The current weather in a city.",
        parameters: z.object({ city: z.string().describe("City name, e.g. Paris") }),
        execute: ({ city }) => {
          const forecast = forecasts[city.toLowerCase()];
          if (!forecast) throw new Error(`No weather station in ${city}. Known cities: ${Object.keys(forecasts).join(", ")}.`);
          return { city, ...forecast };
        },
      });
      const calculator = tool({
        name: "calculator",
        description: "Exact arithmetic on two numbers. Use it instead of doing sums in your head.",
        parameters: z.object({ operation: z.enum(["add", "subtract", "multiply", "divide"]), a: z.number(), b: z.number() }),
        execute: ({ operation, a, b }) => ({ value: { add: a + b, subtract: a - b, multiply: a * b, divide: a / b }[operation] }),
      });
      const result = await runTools(
        client,
        { model, prompt: "How much warmer is it in Tokyo than in Paris, in Fahrenheit degrees? Use the tools.", max_tokens: 300 },
        {
          tools: [getWeather, calculator],
          maxSteps: 6,
          onStep: (step) => {
            for (const r of step.toolResults) console.log(`     ${dim(`request ${step.index + 1}:`)} ${r.toolName}(${JSON.stringify(r.input)}) ${dim("→")} ${r.message.content}`);
          },
        },
      );
      say(result.text);
      facts(`${result.steps.length} requests`, `${result.totalUsage.totalTokens} tokens`, result.totalUsage.cost === undefined ? undefined : `$${result.totalUsage.cost.toFixed(7)}`, `stopped by ${result.stoppedBy}`);
    });
  } finally {
    await server?.close();
  }

  const skipped = args.includes("--no-image") ? 1 : 0;
  const summary = failures ? red(`${failures} of ${total - skipped} steps failed`) : green(skipped ? `All ${total - skipped} steps worked (1 skipped)` : "All five steps worked");
  console.log(`\n${summary} in ${seconds(performance.now() - started)}${live ? "" : " (against the local mock)"}.`);
  console.log("Next:");
  console.log(`  - examples/: chat, streaming, structured output, tools, images, vision, models, routing, cascades.`);
  console.log(`    ${dim("OPENROUTER_API_KEY=sk-or-v1-… npx node examples/tools.ts    or all of them on the mock: npm run examples")}`);
  console.log(`  - docs/getting-started.md, then the guides it links; coming from openai or @openrouter/sdk: docs/migrating-from-*.md`);
  if (!live) console.log(`  - the real thing: ${dim("OPENROUTER_API_KEY=sk-or-v1-… npm run demo -- --live")}`);
  return failures ? 1 : 0;
}

/** Builds dist/ when it is missing or older than src/ (the demo imports the built package). */
function ensureBuilt(dim, red) {
  const built = join(root, "dist/index.js");
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const path = join(dir, entry.name);
      return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  const stale = !existsSync(built) || (existsSync(join(root, "src")) && newest(join(root, "src")) > statSync(built).mtimeMs);
  if (!stale) return true;
  console.log(dim(`${existsSync(built) ? "src/ changed since the last build" : "No build yet"}: running npm run build first (10-20 s)…`));
  const out = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "-s", "build"], { cwd: root, encoding: "utf8" });
  if (out.status === 0 && existsSync(built)) return true;
  console.error(red(`npm run build failed (in ${relative(process.cwd(), root) || "."}):`));
  console.error(`${out.stdout ?? ""}${out.stderr ?? ""}`.trim().split("\n").slice(-25).join("\n"));
  return false;
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes) {
  if (bytes.length < 24 || bytes[1] !== 0x50 || bytes[2] !== 0x4e || bytes[3] !== 0x47) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

function wrap(text, prefix, width = 100) {
  const pad = " ".repeat(prefix.length);
  const lines = [];
  for (const paragraph of String(text).split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      if (line && line.length + word.length + 1 > width - prefix.length) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines.map((line, i) => (i === 0 ? prefix : pad) + line).join("\n");
}

function seconds(ms) {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
