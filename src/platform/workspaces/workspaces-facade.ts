import type { Client } from "../../core/client.js";
import type { RequestOptions } from "../../core/options.js";
import type { Deleted, IterateOptions, ListPage, ListQuery } from "../platform-call.js";
import { listWorkspaces } from "./list-workspaces.js";
import { iterateWorkspaces } from "./iterate-workspaces.js";
import { getWorkspace } from "./get-workspace.js";
import { createWorkspace } from "./create-workspace.js";
import { updateWorkspace } from "./update-workspace.js";
import { deleteWorkspace } from "./delete-workspace.js";
import { listWorkspaceBudgets } from "./list-workspace-budgets.js";
import { getWorkspaceBudget } from "./get-workspace-budget.js";
import { setWorkspaceBudget } from "./set-workspace-budget.js";
import { deleteWorkspaceBudget } from "./delete-workspace-budget.js";
import { listWorkspaceMembers } from "./list-workspace-members.js";
import { iterateWorkspaceMembers } from "./iterate-workspace-members.js";
import { addWorkspaceMembers } from "./add-workspace-members.js";
import { removeWorkspaceMembers } from "./remove-workspace-members.js";
import type { AddedWorkspaceMembers, CreateWorkspaceParams, RemovedWorkspaceMembers, SetWorkspaceBudgetParams, UpdateWorkspaceParams, Workspace, WorkspaceBudgetAnswer, WorkspaceBudgetInterval, WorkspaceBudgets, WorkspaceMember, WorkspaceMembersParams } from "./types.js";

/** `platform.workspaces` of the facade: workspaces, their budgets and members. */
export interface WorkspacesFacade {
  /** {@link listWorkspaces} with this client. */
  list(query?: ListQuery, options?: RequestOptions): Promise<ListPage<Workspace>>;
  /** {@link iterateWorkspaces} with this client. */
  iterate(options?: IterateOptions): AsyncGenerator<Workspace, void, undefined>;
  /** {@link getWorkspace} with this client. */
  get(id: string, options?: RequestOptions): Promise<Workspace>;
  /** {@link createWorkspace} with this client. */
  create(params: CreateWorkspaceParams, options?: RequestOptions): Promise<Workspace>;
  /** {@link updateWorkspace} with this client. */
  update(id: string, params: UpdateWorkspaceParams, options?: RequestOptions): Promise<Workspace>;
  /** {@link deleteWorkspace} with this client. */
  delete(id: string, options?: RequestOptions): Promise<Deleted>;
  /** {@link listWorkspaceBudgets} with this client. */
  listBudgets(workspaceId: string, options?: RequestOptions): Promise<WorkspaceBudgets>;
  /** {@link getWorkspaceBudget} with this client. */
  getBudget(workspaceId: string, interval: WorkspaceBudgetInterval, options?: RequestOptions): Promise<WorkspaceBudgetAnswer>;
  /** {@link setWorkspaceBudget} with this client. */
  setBudget(workspaceId: string, interval: WorkspaceBudgetInterval, params: SetWorkspaceBudgetParams, options?: RequestOptions): Promise<WorkspaceBudgetAnswer>;
  /** {@link deleteWorkspaceBudget} with this client. */
  deleteBudget(workspaceId: string, interval: WorkspaceBudgetInterval, options?: RequestOptions): Promise<Deleted>;
  /** {@link listWorkspaceMembers} with this client. */
  listMembers(workspaceId: string, query?: ListQuery, options?: RequestOptions): Promise<ListPage<WorkspaceMember>>;
  /** {@link iterateWorkspaceMembers} with this client. */
  iterateMembers(workspaceId: string, options?: IterateOptions): AsyncGenerator<WorkspaceMember, void, undefined>;
  /** {@link addWorkspaceMembers} with this client. */
  addMembers(workspaceId: string, params: WorkspaceMembersParams, options?: RequestOptions): Promise<AddedWorkspaceMembers>;
  /** {@link removeWorkspaceMembers} with this client. */
  removeMembers(workspaceId: string, params: WorkspaceMembersParams, options?: RequestOptions): Promise<RemovedWorkspaceMembers>;
}

/**
 * The workspaces, their budgets and members functions bound to `client`.
 * @internal
 */
export function createWorkspacesFacade(client: Client): WorkspacesFacade {
  return {
    list: (query, options) => listWorkspaces(client, query, options),
    iterate: (options) => iterateWorkspaces(client, options),
    get: (id, options) => getWorkspace(client, id, options),
    create: (params, options) => createWorkspace(client, params, options),
    update: (id, params, options) => updateWorkspace(client, id, params, options),
    delete: (id, options) => deleteWorkspace(client, id, options),
    listBudgets: (workspaceId, options) => listWorkspaceBudgets(client, workspaceId, options),
    getBudget: (workspaceId, interval, options) => getWorkspaceBudget(client, workspaceId, interval, options),
    setBudget: (workspaceId, interval, params, options) => setWorkspaceBudget(client, workspaceId, interval, params, options),
    deleteBudget: (workspaceId, interval, options) => deleteWorkspaceBudget(client, workspaceId, interval, options),
    listMembers: (workspaceId, query, options) => listWorkspaceMembers(client, workspaceId, query, options),
    iterateMembers: (workspaceId, options) => iterateWorkspaceMembers(client, workspaceId, options),
    addMembers: (workspaceId, params, options) => addWorkspaceMembers(client, workspaceId, params, options),
    removeMembers: (workspaceId, params, options) => removeWorkspaceMembers(client, workspaceId, params, options),
  };
}
