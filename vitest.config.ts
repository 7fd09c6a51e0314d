import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 15_000,
    pool: "forks",
    // CI reads the JSON report to count tests; people read the default one.
    reporters: process.env["CI"] ? ["default", "json"] : ["default"],
    outputFile: { json: ".ci/out/vitest.json" },
  },
});
