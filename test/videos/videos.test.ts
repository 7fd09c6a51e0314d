import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/core/client.js";
import { AbortError, TimeoutError } from "../../src/errors/index.js";
import { VideoJobError, createVideo, downloadVideo, getVideo, listVideoModels, waitForVideo } from "../../src/videos/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";
import { type LocalOpenRouter, startLocalOpenRouter } from "../server/openrouter-server.js";

useNock();

// The request of the document's createVideos example.
const example = { aspect_ratio: "16:9", duration: 8, model: "google/veo-3.1", prompt: "A serene mountain landscape at sunset", resolution: "720p" } as const;
const pending = fixtureJSON("video-job-pending.json");
const completed = fixtureJSON("video-job-completed.json");
const mp4 = new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112, 105, 115, 111, 109]);

describe("createVideo(), getVideo(), listVideoModels()", () => {
  it("submits the document's example and returns the pending job", async () => {
    api().post("/api/v1/videos", example).matchHeader("authorization", `Bearer ${TEST_KEY}`).reply(202, pending);
    const job = await createVideo(testClient(), example);
    expect(job).toMatchObject({ id: "job-abc123", status: "pending", polling_url: "/api/v1/videos/job-abc123" });
  });

  it("reads a completed job by id or by the job itself", async () => {
    api().get("/api/v1/videos/job-abc123").twice().reply(200, completed);
    expect((await getVideo(testClient(), "job-abc123")).unsigned_urls).toEqual(["https://storage.example.com/video.mp4"]);
    expect((await getVideo(testClient(), pending)).usage?.cost).toBe(0.5);
  });

  it("lists the video models with what they support", async () => {
    api().get("/api/v1/videos/models").reply(200, fixtureJSON("video-models.json"));
    const [veo] = await listVideoModels(testClient());
    expect(veo).toMatchObject({ id: "google/veo-3.1", supported_durations: [5, 8], supported_frame_images: ["first_frame", "last_frame"] });
  });

  it("refuses bad input before sending", async () => {
    await expect(createVideo(testClient(), { model: "" })).rejects.toMatchObject({ field: "model" });
    await expect(createVideo(testClient(), { model: "google/veo-3.1", duration: 0 })).rejects.toMatchObject({ field: "duration" });
    await expect(getVideo(testClient(), "")).rejects.toMatchObject({ field: "jobId" });
    await expect(downloadVideo(testClient(), "job-abc123", { index: -1 })).rejects.toMatchObject({ field: "index" });
  });
});

sharedFailurePaths({
  name: "createVideo()",
  call: (client, options) => createVideo(client, example, options),
  ok: { status: 202, body: pending },
  malformed: { status: 202, body: { polling_url: "/api/v1/videos/x" } },
  malformedMessage: "id is missing",
  idempotent: false,
});
sharedFailurePaths({
  name: "getVideo()",
  call: (client, options) => getVideo(client, "job-abc123", options),
  ok: { body: completed },
  malformed: { body: { id: "job-abc123", status: 3 } },
  malformedMessage: "status is not a string",
});
sharedFailurePaths({
  name: "listVideoModels()",
  call: (client, options) => listVideoModels(client, options),
  ok: { body: fixtureJSON("video-models.json") },
  malformed: { body: { data: [{ name: "no id" }] } },
  malformedMessage: "data[0].id is missing",
});
sharedFailurePaths({
  name: "downloadVideo()",
  call: async (client, options) => (await downloadVideo(client, "job-abc123", options)).bytes(),
  ok: { headers: { "content-type": "video/mp4" }, body: mp4 },
  malformed: { headers: { "content-type": "application/json" }, body: { status: "pending" } },
  malformedMessage: /Expected a video but OpenRouter answered 200/,
});

describe("downloadVideo() and waitForVideo() against a local OpenRouter", () => {
  let server: LocalOpenRouter;
  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    server = await startLocalOpenRouter();
  });
  afterAll(() => server.close());
  const client = () => createClient({ apiKey: TEST_KEY, baseURL: server.baseURL, maxRetries: 0 });
  const job = (status: string, extra = {}) => ({ body: { ...pending, status, ...extra } });

  it("streams the video, and asks for the index given", async () => {
    server.enqueue({ headers: { "content-type": "video/mp4" }, steps: [{ bytes: mp4.subarray(0, 6) }, { wait: 20 }, { bytes: mp4.subarray(6) }] });
    const video = await downloadVideo(client(), "job-abc123", { index: 1 });
    expect(server.requests.at(-1)?.path).toBe("/api/v1/videos/job-abc123/content?index=1");
    expect(video.mimeType).toBe("video/mp4");
    expect(new Uint8Array(await (await video.toBlob()).arrayBuffer())).toEqual(mp4);
  });

  it("polls until completed, reporting each state, and waits what Retry-After asks rather than pollInterval", async () => {
    server.enqueue(
      { ...job("in_progress"), headers: { "retry-after-ms": "20" } },
      { ...job("in_progress"), headers: { "retry-after-ms": "20" } },
      { body: completed },
    );
    const seen: string[] = [];
    const started = Date.now();
    const done = await waitForVideo(client(), pending, { pollInterval: 60_000, onProgress: (j) => seen.push(j.status) });
    expect(done.status).toBe("completed");
    expect(seen).toEqual(["pending", "in_progress", "in_progress", "completed"]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("throws VideoJobError carrying the failed job", async () => {
    server.enqueue(job("failed", { error: "Content policy violation" }));
    const failure = await waitForVideo(client(), "job-abc123", { pollInterval: 10 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(VideoJobError);
    expect((failure as VideoJobError).job.status).toBe("failed");
    expect((failure as Error).message).toContain("Content policy violation");
  });

  it("stops at once with AbortError when aborted between polls, and mid-poll", async () => {
    const controller = new AbortController();
    server.enqueue(job("in_progress"));
    const waiting = waitForVideo(client(), "job-abc123", { pollInterval: 60_000, signal: controller.signal, onProgress: () => setTimeout(() => controller.abort(), 20) });
    const started = Date.now();
    await expect(waiting).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1_000);

    server.enqueue({ ...job("in_progress"), headerDelay: 3_000 });
    const midPoll = waitForVideo(client(), "job-abc123", { signal: AbortSignal.timeout(50) });
    await expect(midPoll).rejects.toBeInstanceOf(AbortError);
    await server.lastSocketClosed(2_000);
  });

  it("throws TimeoutError when the job is not done within timeout", async () => {
    // The last poll is still in flight when the timeout fires: it is cut too.
    server.enqueue(job("in_progress"), job("in_progress"), { ...job("in_progress"), headerDelay: 5_000 });
    const failure = await waitForVideo(client(), "job-abc123", { pollInterval: 30, timeout: 120 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect((failure as TimeoutError).timeoutMs).toBe(120);
    expect((failure as Error).message).toContain("waitForVideo");
  });
});
