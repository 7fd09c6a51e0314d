import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import type { ChatParams } from "../../types/chat-params.js";
import type { MessagesParams } from "../../messages/types.js";
import type { ResponsesParams } from "../../responses/types.js";
import type { IterateOptions, ListPage, ListQuery } from "../platform-call.js";
import { listPresets } from "./list-presets.js";
import { iteratePresets } from "./iterate-presets.js";
import { getPreset } from "./get-preset.js";
import { listPresetVersions } from "./list-preset-versions.js";
import { iteratePresetVersions } from "./iterate-preset-versions.js";
import { getPresetVersion } from "./get-preset-version.js";
import { createPresetFromChat } from "./create-preset-from-chat.js";
import { createPresetFromResponses } from "./create-preset-from-responses.js";
import { createPresetFromMessages } from "./create-preset-from-messages.js";
import type { Preset, PresetVersion, PresetWithVersion } from "./types.js";

/** `platform.presets` of the facade: presets, their versions, and creating one from a request body. */
export interface PresetsFacade {
  /** {@link listPresets} with this client. */
  list(query?: ListQuery, options?: RequestOptions): Promise<ListPage<Preset>>;
  /** {@link iteratePresets} with this client. */
  iterate(options?: IterateOptions): AsyncGenerator<Preset, void, undefined>;
  /** {@link getPreset} with this client. */
  get(slug: string, options?: RequestOptions): Promise<PresetWithVersion>;
  /** {@link listPresetVersions} with this client. */
  listVersions(slug: string, query?: ListQuery, options?: RequestOptions): Promise<ListPage<PresetVersion>>;
  /** {@link iteratePresetVersions} with this client. */
  iterateVersions(slug: string, options?: IterateOptions): AsyncGenerator<PresetVersion, void, undefined>;
  /** {@link getPresetVersion} with this client. */
  getVersion(slug: string, version: number | string, options?: RequestOptions): Promise<PresetVersion>;
  /** {@link createPresetFromChat} with this client. */
  createFromChat(slug: string, params: ChatParams, options?: RequestOptions): Promise<PresetWithVersion>;
  /** {@link createPresetFromResponses} with this client. */
  createFromResponses(slug: string, params: ResponsesParams, options?: RequestOptions): Promise<PresetWithVersion>;
  /** {@link createPresetFromMessages} with this client. */
  createFromMessages(slug: string, params: MessagesParams, options?: RequestOptions): Promise<PresetWithVersion>;
}

/**
 * The presets functions bound to `client`.
 * @internal
 */
export function createPresetsFacade(client: Client): PresetsFacade {
  return {
    list: (query, options) => listPresets(client, query, options),
    iterate: (options) => iteratePresets(client, options),
    get: (slug, options) => getPreset(client, slug, options),
    listVersions: (slug, query, options) => listPresetVersions(client, slug, query, options),
    iterateVersions: (slug, options) => iteratePresetVersions(client, slug, options),
    getVersion: (slug, version, options) => getPresetVersion(client, slug, version, options),
    createFromChat: (slug, params, options) => createPresetFromChat(client, slug, params, options),
    createFromResponses: (slug, params, options) => createPresetFromResponses(client, slug, params, options),
    createFromMessages: (slug, params, options) => createPresetFromMessages(client, slug, params, options),
  };
}
