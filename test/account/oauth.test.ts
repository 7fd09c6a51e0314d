import { createHash } from "node:crypto";
import nock from "nock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAuthorizationUrl, createCodeChallenge, exchangeAuthCode } from "../../src/account/index.js";
import { createAuthCode } from "../../src/account/index.js";
import { fixtureJSON } from "../helpers/fixtures.js";
import { sharedFailurePaths } from "../helpers/endpoint-failures.js";
import { createClient } from "../../src/core/client.js";
import { APIError, AuthenticationError, ResponseValidationError, ValidationError } from "../../src/errors/index.js";
import { TEST_BASE_URL, TEST_ORIGIN, testClient, useNock } from "../helpers/nock.js";
import { TEST_KEY } from "../helpers/nock.js";

useNock();
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

const verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

describe("createCodeChallenge()", () => {
  it("makes a 43-character base64url verifier and its S256 challenge", async () => {
    const { codeVerifier, codeChallenge, codeChallengeMethod } = await createCodeChallenge();
    expect(codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(codeChallenge).toBe(createHash("sha256").update(codeVerifier).digest("base64url"));
    expect(codeChallengeMethod).toBe("S256");
  });

  it("makes a different verifier each time", async () => {
    const [a, b] = await Promise.all([createCodeChallenge(), createCodeChallenge()]);
    expect(a.codeVerifier).not.toBe(b.codeVerifier);
  });

  it("derives the challenge of a given verifier (RFC 7636 appendix B)", async () => {
    const { codeChallenge } = await createCodeChallenge({ codeVerifier: verifier });
    expect(codeChallenge).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  });

  it("works without Node's Buffer", async () => {
    vi.stubGlobal("Buffer", undefined);
    const { codeVerifier, codeChallenge } = await createCodeChallenge();
    expect(codeChallenge).toBe(createHash("sha256").update(codeVerifier).digest("base64url"));
  });

  it("refuses a malformed verifier", async () => {
    await expect(createCodeChallenge({ codeVerifier: "short" })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("createAuthorizationUrl()", () => {
  it("puts the callback and the S256 challenge on the site's /auth page", async () => {
    const { codeChallenge } = await createCodeChallenge({ codeVerifier: verifier });
    const url = new URL(createAuthorizationUrl({ callbackUrl: "https://myapp.example/callback", codeChallenge }));
    expect(url.origin + url.pathname).toBe("https://openrouter.ai/auth");
    expect(url.searchParams.get("callback_url")).toBe("https://myapp.example/callback");
    expect(url.searchParams.get("code_challenge")).toBe(codeChallenge);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
  });

  it("accepts localhost on any port over http, and adds limit and key label", () => {
    const url = new URL(createAuthorizationUrl({ callbackUrl: "http://localhost:3000/cb", limit: 5, keyLabel: "My App" }));
    expect(url.searchParams.get("limit")).toBe("5");
    expect(url.searchParams.get("key_label")).toBe("My App");
    expect(url.searchParams.has("code_challenge")).toBe(false);
  });

  it("refuses http callbacks off localhost, and headless mode without a challenge", () => {
    expect(() => createAuthorizationUrl({ callbackUrl: "http://myapp.example/cb" })).toThrow(ValidationError);
    expect(() => createAuthorizationUrl({})).toThrow(/headless/);
  });

  it("catches the verifier passed where the challenge belongs", () => {
    const longVerifier = "a".repeat(64);
    expect(() => createAuthorizationUrl({ callbackUrl: "https://a.example/cb", codeChallenge: longVerifier })).toThrow(/not the verifier/);
    expect(createAuthorizationUrl({ callbackUrl: "https://a.example/cb", codeChallenge: longVerifier, codeChallengeMethod: "plain" })).toContain("code_challenge_method=plain");
  });
});

describe("exchangeAuthCode()", () => {
  it("posts the code and verifier without any API key and returns the user's key", async () => {
    vi.stubEnv("OPENROUTER_API_KEY", "");
    const client = createClient({ baseURL: TEST_BASE_URL, maxRetries: 0 });
    nock(TEST_ORIGIN, { badheaders: ["authorization"] })
      .post("/api/v1/auth/keys", { code: "auth-code-1", code_verifier: verifier, code_challenge_method: "S256" })
      .reply(200, { key: "sk-or-v1-user-key", user_id: "user_123" });
    const { key, user_id } = await exchangeAuthCode(client, { code: "auth-code-1", codeVerifier: verifier });
    expect(key).toBe("sk-or-v1-user-key");
    expect(user_id).toBe("user_123");
  });

  it("does not send the client's own key either", async () => {
    nock(TEST_ORIGIN, { badheaders: ["authorization"] })
      .post("/api/v1/auth/keys", { code: "auth-code-2" })
      .reply(200, { key: "sk-or-v1-user-key", user_id: null });
    await exchangeAuthCode(testClient(), { code: "auth-code-2" });
  });

  it("throws AuthenticationError (not ModerationError) for a wrong or expired code, saying what to do", async () => {
    nock(TEST_ORIGIN).post("/api/v1/auth/keys").reply(403, { error: { code: 403, message: "Invalid code or code_verifier" } });
    const error = await exchangeAuthCode(testClient(), { code: "bad", codeVerifier: verifier }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as APIError).status).toBe(403);
    expect((error as Error).message).toMatch(/start the sign-in again/);
    expect((error as Error).message).toContain("Invalid code");
  });

  it("throws ResponseValidationError when no key comes back", async () => {
    nock(TEST_ORIGIN).post("/api/v1/auth/keys").reply(200, { user_id: "user_123" });
    await expect(exchangeAuthCode(testClient(), { code: "c" })).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("refuses an empty code before sending", async () => {
    await expect(exchangeAuthCode(testClient(), { code: "" })).rejects.toMatchObject({ field: "code" });
  });
});

describe("createAuthCode()", () => {
  /** The OpenAPI document's request and 200 examples of createAuthKeysCode. */
  const request = { callback_url: "https://myapp.com/auth/callback", code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", code_challenge_method: "S256", limit: 100 } as const;
  const answer = fixtureJSON("auth-code.json");

  it("posts the wire body with the app's key and returns the code", async () => {
    nock(TEST_ORIGIN, { reqheaders: { authorization: `Bearer ${TEST_KEY}` } }).post("/api/v1/auth/keys/code", request).reply(200, answer);
    const code = await createAuthCode(testClient(), request);
    expect(code).toEqual({ id: "auth_code_xyz789", app_id: 12345, created_at: "2025-08-24T10:30:00Z" });
  });

  it("refuses before sending what the authorization URL refuses too", async () => {
    const client = testClient();
    await expect(createAuthCode(client, { callback_url: "http://myapp.example/cb" })).rejects.toMatchObject({ name: "ValidationError", field: "callback_url" });
    await expect(createAuthCode(client, { callback_url: "not a url" })).rejects.toMatchObject({ field: "callback_url" });
    await expect(createAuthCode(client, { ...request, code_challenge: verifier + "x" })).rejects.toMatchObject({ field: "code_challenge" });
    await expect(createAuthCode(client, { callback_url: request.callback_url, code_challenge_method: "S256" })).rejects.toMatchObject({ field: "code_challenge" });
    await expect(createAuthCode(client, { ...request, code_challenge_method: "md5" as never })).rejects.toMatchObject({ field: "code_challenge_method" });
    await expect(createAuthCode(client, { ...request, limit: 0 })).rejects.toMatchObject({ field: "limit" });
  });

  it("accepts a plain challenge and an http callback on localhost", async () => {
    const body = { callback_url: "http://127.0.0.1:8976/cb", code_challenge: verifier, code_challenge_method: "plain" } as const;
    nock(TEST_ORIGIN).post("/api/v1/auth/keys/code", body).reply(200, answer);
    expect((await createAuthCode(testClient(), body)).id).toBe("auth_code_xyz789");
  });

  sharedFailurePaths({
    name: "createAuthCode()",
    call: (client, o) => createAuthCode(client, request, o),
    ok: { body: answer },
    malformed: { body: { data: { app_id: 12345 } } },
    malformedMessage: /data\.id/,
    idempotent: false,
  });
});
