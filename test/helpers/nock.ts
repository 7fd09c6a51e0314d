import nock from "nock";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { createClient } from "../../src/core/client.js";
import type { ClientOptions } from "../../src/core/options.js";

export const TEST_ORIGIN = "https://openrouter.test";
export const TEST_BASE_URL = `${TEST_ORIGIN}/api/v1`;
/** Shaped like a real key so that leak checks mean something. */
export const TEST_KEY = "sk-or-v1-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

/** The nock discipline of toolchain.md: no real network, no leftover interceptors. */
export function useNock(): void {
  beforeAll(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(pending).toEqual([]);
  });
  afterAll(() => {
    nock.enableNetConnect();
    nock.restore();
  });
}

export function api() {
  return nock(TEST_ORIGIN);
}

export function testClient(options: ClientOptions = {}) {
  return createClient({ apiKey: TEST_KEY, baseURL: TEST_BASE_URL, maxRetries: 0, ...options });
}
