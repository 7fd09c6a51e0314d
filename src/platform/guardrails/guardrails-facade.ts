import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import type { Deleted, IterateOptions, ListPage, ListQuery } from "../platform-call.js";
import { listGuardrails } from "./list-guardrails.js";
import { iterateGuardrails } from "./iterate-guardrails.js";
import { getGuardrail } from "./get-guardrail.js";
import { createGuardrail } from "./create-guardrail.js";
import { updateGuardrail } from "./update-guardrail.js";
import { deleteGuardrail } from "./delete-guardrail.js";
import { listGuardrailKeyAssignments } from "./list-guardrail-key-assignments.js";
import { iterateGuardrailKeyAssignments } from "./iterate-guardrail-key-assignments.js";
import { assignKeysToGuardrail } from "./assign-keys-to-guardrail.js";
import { unassignKeysFromGuardrail } from "./unassign-keys-from-guardrail.js";
import { listGuardrailMemberAssignments } from "./list-guardrail-member-assignments.js";
import { iterateGuardrailMemberAssignments } from "./iterate-guardrail-member-assignments.js";
import { assignMembersToGuardrail } from "./assign-members-to-guardrail.js";
import { unassignMembersFromGuardrail } from "./unassign-members-from-guardrail.js";
import { listKeyAssignments } from "./list-key-assignments.js";
import { iterateKeyAssignments } from "./iterate-key-assignments.js";
import { listMemberAssignments } from "./list-member-assignments.js";
import { iterateMemberAssignments } from "./iterate-member-assignments.js";
import type { CreateGuardrailParams, Guardrail, GuardrailAssigned, GuardrailKeysParams, GuardrailMembersParams, GuardrailUnassigned, KeyAssignment, ListGuardrailsQuery, MemberAssignment, UpdateGuardrailParams } from "./types.js";

/** `platform.guardrails` of the facade: guardrails, and their assignments to API keys and members. */
export interface GuardrailsFacade {
  /** {@link listGuardrails} with this client. */
  list(query?: ListGuardrailsQuery, options?: RequestOptions): Promise<ListPage<Guardrail>>;
  /** {@link iterateGuardrails} with this client. */
  iterate(query?: Omit<ListGuardrailsQuery, "offset" | "limit">, options?: IterateOptions): AsyncGenerator<Guardrail, void, undefined>;
  /** {@link getGuardrail} with this client. */
  get(id: string, options?: RequestOptions): Promise<Guardrail>;
  /** {@link createGuardrail} with this client. */
  create(params: CreateGuardrailParams, options?: RequestOptions): Promise<Guardrail>;
  /** {@link updateGuardrail} with this client. */
  update(id: string, params: UpdateGuardrailParams, options?: RequestOptions): Promise<Guardrail>;
  /** {@link deleteGuardrail} with this client. */
  delete(id: string, options?: RequestOptions): Promise<Deleted>;
  /** {@link listGuardrailKeyAssignments} with this client. */
  listKeys(guardrailId: string, query?: ListQuery, options?: RequestOptions): Promise<ListPage<KeyAssignment>>;
  /** {@link iterateGuardrailKeyAssignments} with this client. */
  iterateKeys(guardrailId: string, options?: IterateOptions): AsyncGenerator<KeyAssignment, void, undefined>;
  /** {@link assignKeysToGuardrail} with this client. */
  assignKeys(guardrailId: string, params: GuardrailKeysParams, options?: RequestOptions): Promise<GuardrailAssigned>;
  /** {@link unassignKeysFromGuardrail} with this client. */
  unassignKeys(guardrailId: string, params: GuardrailKeysParams, options?: RequestOptions): Promise<GuardrailUnassigned>;
  /** {@link listGuardrailMemberAssignments} with this client. */
  listMembers(guardrailId: string, query?: ListQuery, options?: RequestOptions): Promise<ListPage<MemberAssignment>>;
  /** {@link iterateGuardrailMemberAssignments} with this client. */
  iterateMembers(guardrailId: string, options?: IterateOptions): AsyncGenerator<MemberAssignment, void, undefined>;
  /** {@link assignMembersToGuardrail} with this client. */
  assignMembers(guardrailId: string, params: GuardrailMembersParams, options?: RequestOptions): Promise<GuardrailAssigned>;
  /** {@link unassignMembersFromGuardrail} with this client. */
  unassignMembers(guardrailId: string, params: GuardrailMembersParams, options?: RequestOptions): Promise<GuardrailUnassigned>;
  /** {@link listKeyAssignments} with this client: the key assignments of every guardrail. */
  listAllKeyAssignments(query?: ListQuery, options?: RequestOptions): Promise<ListPage<KeyAssignment>>;
  /** {@link iterateKeyAssignments} with this client. */
  iterateAllKeyAssignments(options?: IterateOptions): AsyncGenerator<KeyAssignment, void, undefined>;
  /** {@link listMemberAssignments} with this client: the member assignments of every guardrail. */
  listAllMemberAssignments(query?: ListQuery, options?: RequestOptions): Promise<ListPage<MemberAssignment>>;
  /** {@link iterateMemberAssignments} with this client. */
  iterateAllMemberAssignments(options?: IterateOptions): AsyncGenerator<MemberAssignment, void, undefined>;
}

/**
 * The guardrails functions bound to `client`.
 * @internal
 */
export function createGuardrailsFacade(client: Client): GuardrailsFacade {
  return {
    list: (query, options) => listGuardrails(client, query, options),
    iterate: (query, options) => iterateGuardrails(client, query, options),
    get: (id, options) => getGuardrail(client, id, options),
    create: (params, options) => createGuardrail(client, params, options),
    update: (id, params, options) => updateGuardrail(client, id, params, options),
    delete: (id, options) => deleteGuardrail(client, id, options),
    listKeys: (guardrailId, query, options) => listGuardrailKeyAssignments(client, guardrailId, query, options),
    iterateKeys: (guardrailId, options) => iterateGuardrailKeyAssignments(client, guardrailId, options),
    assignKeys: (guardrailId, params, options) => assignKeysToGuardrail(client, guardrailId, params, options),
    unassignKeys: (guardrailId, params, options) => unassignKeysFromGuardrail(client, guardrailId, params, options),
    listMembers: (guardrailId, query, options) => listGuardrailMemberAssignments(client, guardrailId, query, options),
    iterateMembers: (guardrailId, options) => iterateGuardrailMemberAssignments(client, guardrailId, options),
    assignMembers: (guardrailId, params, options) => assignMembersToGuardrail(client, guardrailId, params, options),
    unassignMembers: (guardrailId, params, options) => unassignMembersFromGuardrail(client, guardrailId, params, options),
    listAllKeyAssignments: (query, options) => listKeyAssignments(client, query, options),
    iterateAllKeyAssignments: (options) => iterateKeyAssignments(client, options),
    listAllMemberAssignments: (query, options) => listMemberAssignments(client, query, options),
    iterateAllMemberAssignments: (options) => iterateMemberAssignments(client, options),
  };
}
