import { Readable } from "node:stream";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { createClient } from "../../src/core/client.js";
import { ValidationError } from "../../src/errors/index.js";
import { deleteFile, getFile, getFileContent, listFiles, uploadFile } from "../../src/files/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { TEST_KEY, api, testClient, useNock } from "../helpers/nock.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";
import { startLocalOpenRouter } from "../server/openrouter-server.js";

useNock();

const id = "or_file_011CNha8iCJcU1wXNR6q4V8w";
const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

describe("uploadFile()", () => {
  it("uploads bytes as multipart and returns the document's example file", async () => {
    let sent = "";
    api()
      .post("/api/v1/files", (body) => ((sent = String(body)), true))
      .query({ workspace_id: "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7" })
      .matchHeader("authorization", `Bearer ${TEST_KEY}`)
      .matchHeader("content-type", /^multipart\/form-data; boundary=/)
      .reply(200, fixtureJSON("file.json"));
    const file = await uploadFile(testClient(), { file: pdf, filename: "document.pdf", workspace_id: "a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7" });
    expect(file).toMatchObject({ id, filename: "document.pdf", mime_type: "application/pdf", size_bytes: 1024000, downloadable: false });
    expect(sent).toContain('name="file"; filename="document.pdf"');
    expect(sent).toContain("%PDF-1.4");
  });

  it("reads a Node stream, a web ReadableStream and a File, each once", async () => {
    const bodies: string[] = [];
    api().post("/api/v1/files", (body) => (bodies.push(String(body)), true)).times(3).reply(200, fixtureJSON("file.json"));
    await uploadFile(testClient(), { file: Readable.from([pdf.subarray(0, 5), pdf.subarray(5)]), filename: "a.pdf" });
    await uploadFile(testClient(), { file: new Blob([pdf]).stream(), filename: "b.pdf" });
    await uploadFile(testClient(), { file: new File([pdf], "c.pdf") });
    expect(bodies.map((b) => /filename="([^"]+)"/.exec(b)?.[1])).toEqual(["a.pdf", "b.pdf", "c.pdf"]);
    for (const body of bodies) expect(body).toContain("%%EOF");
  });

  it("refuses an empty file, one over 100 MB, and strings, before sending", async () => {
    await expect(uploadFile(testClient(), { file: new Uint8Array() })).rejects.toMatchObject({ field: "file", message: expect.stringContaining("empty") });
    await expect(uploadFile(testClient(), { file: Readable.from([]) })).rejects.toMatchObject({ field: "file" });
    const big = { async *[Symbol.asyncIterator]() { for (let i = 0; i < 11; i++) yield new Uint8Array(10 * 1024 * 1024); } };
    await expect(uploadFile(testClient(), { file: big })).rejects.toThrow(/100 MB/);
    await expect(uploadFile(testClient(), { file: "report.pdf" as never })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("listFiles(), getFile(), getFileContent(), deleteFile()", () => {
  it("lists a page with its cursor", async () => {
    api().get("/api/v1/files").query({ limit: 10, cursor: "abc" }).reply(200, fixtureJSON("file-list.json"));
    const page = await listFiles(testClient(), { limit: 10, cursor: "abc" });
    expect(page.data[0]?.id).toBe(id);
    expect(page.has_more).toBe(false);
    await expect(listFiles(testClient(), { limit: 0 })).rejects.toMatchObject({ field: "limit" });
  });

  it("gets a file's metadata and deletes it", async () => {
    api().get(`/api/v1/files/${id}`).reply(200, fixtureJSON("file.json"));
    api().delete(`/api/v1/files/${id}`).query({ provider: "openai" }).reply(200, fixtureJSON("file-deleted.json"));
    expect((await getFile(testClient(), id)).filename).toBe("document.pdf");
    expect(await deleteFile(testClient(), id, { provider: "openai" })).toEqual({ id, type: "file_deleted" });
    await expect(getFile(testClient(), "")).rejects.toMatchObject({ field: "fileId" });
  });

  it("downloads a file's bytes with their type", async () => {
    api().get(`/api/v1/files/${id}/content`).reply(200, Buffer.from(pdf), { "content-type": "application/octet-stream" });
    const content = await getFileContent(testClient(), id);
    expect(content.bytes).toEqual(pdf);
    expect(content.toBlob().type).toBe("application/octet-stream");
  });

  it("returns a JSON file's bytes as they are, even one that looks like an error body", async () => {
    for (const file of ['{"rows":[1,2,3]}', '{"error":{"code":500,"message":"a log line the user saved"}}', "<html><title>report</title></html>"]) {
      const type = file.startsWith("<") ? "text/html" : "application/json";
      api().get(`/api/v1/files/${id}/content`).reply(200, file, { "content-type": type });
      const content = await getFileContent(testClient({ maxRetries: 2 }), id);
      expect(new TextDecoder().decode(content.bytes)).toBe(file);
      expect(content.mimeType).toBe(type);
    }
  });

  it("still throws the typed error for an error status with an error body", async () => {
    api().get(`/api/v1/files/${id}/content`).reply(404, { error: { code: 404, message: "File not found" } });
    await expect(getFileContent(testClient(), id)).rejects.toMatchObject({ name: "NotFoundError", status: 404, message: expect.stringContaining("File not found") });
    api().get(`/api/v1/files/${id}/content`).reply(400, { error: { code: 400, message: "Uploaded files cannot be downloaded" } });
    await expect(getFileContent(testClient(), id)).rejects.toMatchObject({ name: "BadRequestError" });
  });
});

const fileCase = { ok: { body: fixtureJSON("file.json") }, malformed: { body: { filename: "x.pdf" } }, malformedMessage: "id is missing" };
sharedFailurePaths({ name: "uploadFile()", call: (client, options) => uploadFile(client, { file: pdf, filename: "a.pdf" }, options), ...fileCase, idempotent: false });
sharedFailurePaths({ name: "getFile()", call: (client, options) => getFile(client, id, {}, options), ...fileCase });
sharedFailurePaths({ name: "deleteFile()", call: (client, options) => deleteFile(client, id, {}, options), ...fileCase });
sharedFailurePaths({
  name: "listFiles()",
  call: (client, options) => listFiles(client, {}, options),
  ok: { body: fixtureJSON("file-list.json") },
  malformed: { body: { data: [{ id }, { filename: "no id" }] } },
  malformedMessage: "data[1].id is missing",
});
sharedFailurePaths({
  name: "getFileContent()",
  call: (client, options) => getFileContent(client, id, {}, options),
  ok: { headers: { "content-type": "application/octet-stream" }, body: pdf },
});

describe("uploadFile() against a local OpenRouter", () => {
  it("sends the same bytes again on a retry of a stream it read once", async () => {
    nock.enableNetConnect("127.0.0.1");
    const server = await startLocalOpenRouter();
    try {
      server.enqueue({ status: 429, headers: { "retry-after-ms": "1" }, body: { error: { code: 429, message: "slow down" } } }, { body: fixtureJSON("file.json") });
      const client = createClient({ apiKey: TEST_KEY, baseURL: server.baseURL, maxRetries: 1 });
      await uploadFile(client, { file: Readable.from([pdf]), filename: "r.pdf" });
      const [first, second] = server.requests.slice(-2).map((r) => String(r.body));
      expect(first).toContain("%%EOF");
      expect(second).toContain("%%EOF");
      expect(second?.length).toBe(first?.length);
    } finally {
      await server.close();
    }
  });
});
