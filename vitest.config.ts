import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// Test files that need a DOM: components (`.test.tsx`), plus any `.test.ts` listed here by path.
const DOM_MODULE_TESTS: string[] = [];
const NOT_UNIT = ["tests/e2e/**", "node_modules/**"];

export default defineConfig({
  plugins: [react()],
  test: {
    restoreMocks: true,
    projects: [
      {
        // Pure modules run in Node: no jsdom to build per file, no Testing Library to import.
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: [...NOT_UNIT, ...DOM_MODULE_TESTS],
          setupFiles: ["./tests/setupCatalogs.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          include: ["src/**/*.test.tsx", "tests/**/*.test.tsx", ...DOM_MODULE_TESTS],
          exclude: NOT_UNIT,
          setupFiles: ["./tests/setupCatalogs.ts", "./tests/setup.ts"],
          // A test that renders a whole view and clicks through it takes 1–3 s on two busy cores: room for that, not for a hang.
          testTimeout: 15_000,
        },
      },
    ],
  },
});
