import { defineConfig } from "vitest/config";

// End-to-end tests: build the site, serve dist/ with a plain static server, drive real Chromium.
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["./tests/e2e/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Reads after a pointer move or a key press retry until they match; a busy machine gets five seconds.
    expect: { poll: { timeout: 5000 } },
    // One Chromium at a time: the machines have two cores.
    fileParallelism: false,
  },
});
