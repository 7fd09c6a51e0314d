// The management side: public datasets with the inference key, then workspaces, their budgets and members with a
// management key. Run: OPENROUTER_API_KEY=sk-or-v1-… OPENROUTER_MANAGEMENT_KEY=sk-or-v1-… node examples/platform.ts
// (after `npm run build`).
import { APIError } from "openrouter-fetch/errors";
import { createClient, getAppRankings, iterateWorkspaceMembers, listWorkspaceBudgets, listWorkspaces } from "openrouter-fetch/platform";

if (!process.env["OPENROUTER_API_KEY"] && !process.env["OPENROUTER_BASE_URL"]) {
  console.log("Set OPENROUTER_API_KEY (a key from https://openrouter.ai/settings/keys) for the datasets, and OPENROUTER_MANAGEMENT_KEY (https://openrouter.ai/settings/management-keys) for workspaces; or OPENROUTER_BASE_URL for a local OpenRouter: `npx node scripts/example-server.mjs` in this repository starts one and prints its URL.");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });

try {
  // The datasets take the inference key.
  const { data: apps, meta } = await getAppRankings(client, { category: "coding", limit: 3 });
  console.log(`Top coding apps: ${apps.map((app) => `${app.rank}. ${app.app_name}`).join(", ")} (Source: OpenRouter, as of ${meta.as_of})`);

  if (!process.env["OPENROUTER_MANAGEMENT_KEY"]) {
    console.log("Set OPENROUTER_MANAGEMENT_KEY to list workspaces.");
  } else {
    const page = await listWorkspaces(client, { limit: 10 });
    console.log(`${page.total_count ?? page.data.length} workspace(s)`);
    for (const workspace of page.data) {
      const { data: budgets } = await listWorkspaceBudgets(client, workspace.id);
      const limits = budgets.map((b) => `${b.reset_interval ?? "lifetime"} $${b.limit_usd}`).join(", ") || "no budget";
      let members = 0;
      for await (const _member of iterateWorkspaceMembers(client, workspace.id, { limit: 500 })) members++;
      console.log(`  ${workspace.slug}: ${limits}; ${members} member(s)`);
    }
  }
} catch (error) {
  if (error instanceof APIError) console.error(`OpenRouter said ${error.status}: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
