// Video generation is a job: createVideo() submits it, waitForVideo() polls until it is done (printing each
// state), downloadVideo() streams the MP4 to a file.
// Run: OPENROUTER_API_KEY=sk-or-v1-… node examples/video.ts [output-folder]   (after `npm run build`)
import { createWriteStream } from "node:fs";
import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { APIError, createClient } from "openrouter-fetch";
import { VideoJobError, createVideo, downloadVideo, waitForVideo } from "openrouter-fetch/videos";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) to run this example, or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });
const outDir = process.argv[2] ?? (await mkdtemp(join(tmpdir(), "openrouter-video-")));

try {
  const job = await createVideo(client, { model: "google/veo-3.1", prompt: "A paper boat drifting down a rainy street", duration: 8, aspect_ratio: "16:9" });
  const started = Date.now();
  const done = await waitForVideo(client, job, {
    pollInterval: 10_000,
    timeout: 20 * 60_000,
    onProgress: (j) => console.log(`job ${j.id}: ${j.status} after ${Math.round((Date.now() - started) / 1000)} s`),
  });
  const video = await downloadVideo(client, done);
  const file = join(outDir, "video.mp4");
  await video.body.pipeTo(Writable.toWeb(createWriteStream(file)));
  console.log(`saved ${file} (${video.mimeType}, ${(await stat(file)).size} bytes), cost: $${done.usage?.cost ?? "?"}`);
} catch (error) {
  if (error instanceof VideoJobError) console.error(`The job ended ${error.job.status}: ${error.job.error ?? "no reason given"}`);
  else if (error instanceof APIError) console.error(`OpenRouter said ${error.status}: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
