// Provisioning a customer's API key with the management API: create it with a monthly credit limit, list the
// keys with their usage, read one key's usage, and revoke it.
// Run: OPENROUTER_MANAGEMENT_KEY=sk-or-v1-… node examples/provision-keys.ts   (after `npm run build`)
// A management key (https://openrouter.ai/settings/management-keys) is not an inference key: it only manages.
import { createApiKey, createClient, deleteApiKey, getApiKey, iterateApiKeys } from "openrouter-fetch/platform";

if (!process.env["OPENROUTER_MANAGEMENT_KEY"]) {
  console.log("Set OPENROUTER_MANAGEMENT_KEY (a management key from https://openrouter.ai/settings/management-keys) to run this example; with OPENROUTER_BASE_URL it runs against a local OpenRouter (`npx node scripts/example-server.mjs`).");
  process.exit(0);
}

const client = createClient({ appTitle: "openrouter-fetch examples" });
const usd = (n: number | null) => (n === null ? "no limit" : `$${n.toFixed(2)}`);

const created = await createApiKey(client, { name: "customer-42", limit: 50, limit_reset: "monthly", include_byok_in_limit: true });
// created.key is the secret: hand it to the customer now, it cannot be read again. Never log it whole.
console.log(`created ${created.data.name} (${created.data.hash.slice(0, 8)}…), limit ${usd(created.data.limit)} ${created.data.limit_reset ?? ""}; its secret ${created.key.slice(0, 12)}… is shown once`);

const keys = [];
for await (const key of iterateApiKeys(client, { include_disabled: true })) keys.push(key);
console.log(`${keys.length} key(s):`);
for (const key of keys) console.log(`${key.name.padEnd(24)} used ${usd(key.usage)} of ${usd(key.limit)}${key.disabled ? " (disabled)" : ""}`);

const usage = await getApiKey(client, created.data.hash);
console.log(`this month: ${usd(usage.usage_monthly)}, left: ${usd(usage.limit_remaining)}`);

const { deleted } = await deleteApiKey(client, created.data.hash);
console.log(`revoked: ${deleted}`);
