import type { Client } from "../core/client.js";
import { type KeysFacade, createKeysFacade } from "./keys/keys-facade.js";
import { type PlatformModelsFacade, createPlatformModelsFacade } from "./models/models-facade.js";

/** The management side, bound to a client: one property per resource (`or.platform.keys.list()`). */
export interface PlatformFacade {
  /** API keys: list, iterate, get, create, update, delete. */
  readonly keys: KeysFacade;
  /** The models your requests may use, providers, ZDR endpoints. */
  readonly models: PlatformModelsFacade;
}

/**
 * The platform functions bound to `client`.
 * @internal
 */
export function createPlatformFacade(client: Client): PlatformFacade {
  return {
    keys: createKeysFacade(client),
    models: createPlatformModelsFacade(client),
  };
}
