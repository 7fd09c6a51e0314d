// A guardrail for customer keys: a monthly spending limit, two providers, OpenAI with zero data retention and
// e-mail addresses redacted; assign it to a new key, list what it applies to, then remove it again.
// Run: OPENROUTER_MANAGEMENT_KEY=sk-or-v1-… node examples/guardrails.ts   (after `npm run build`)
// A guardrail restricts nothing until it is assigned to keys or members.
import {
  assignKeysToGuardrail, createApiKey, createClient, createGuardrail, deleteApiKey, deleteGuardrail, iterateGuardrailKeyAssignments,
} from "openrouter-fetch/platform";

if (!process.env["OPENROUTER_MANAGEMENT_KEY"]) {
  console.log("Set OPENROUTER_MANAGEMENT_KEY (a management key from https://openrouter.ai/settings/management-keys) to run this example; with OPENROUTER_BASE_URL it runs against a local OpenRouter (`npx node scripts/example-server.mjs`).");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });

const guardrail = await createGuardrail(client, {
  name: "Customer keys",
  limit_usd: 50,
  reset_interval: "monthly",
  allowed_providers: ["openai", "anthropic"],
  enforce_zdr_openai: true,
  content_filter_builtins: [{ slug: "email", action: "redact" }],
});
console.log(`guardrail ${guardrail.name}: $${guardrail.limit_usd ?? "∞"} ${guardrail.reset_interval ?? ""}, providers ${guardrail.allowed_providers?.join(", ") ?? "any"}`);

const key = await createApiKey(client, { name: "customer-42" });
const { assigned_count } = await assignKeysToGuardrail(client, guardrail.id, { key_hashes: [key.data.hash] });
console.log(`assigned to ${assigned_count} key(s)`);

for await (const a of iterateGuardrailKeyAssignments(client, guardrail.id)) console.log(`  applies to ${a.key_name} (${a.key_label})`);

await deleteApiKey(client, key.data.hash);
const { deleted } = await deleteGuardrail(client, guardrail.id);
console.log(`guardrail deleted: ${deleted}`);
