import js from "@eslint/js";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import reactRefresh from "eslint-plugin-react-refresh";
import globals from "globals";
import local from "./eslint/noTextConcatenation.js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "dist-*", ".e2e", "node_modules", "coverage"] },
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    plugins: { "import-x": importX },
    rules: {
      // Every package imported is declared in package.json: nothing resolves only because npm hoisted it.
      // The site's own code may use only runtime dependencies; tests, scripts and configs may use dev ones too.
      "import-x/no-extraneous-dependencies": ["error", { devDependencies: false, includeTypes: true }],
    },
  },
  {
    files: ["**/*.test.{ts,tsx}", "tests/**", "scripts/**", "*.config.{js,ts}", "**/*.mjs"],
    rules: { "import-x/no-extraneous-dependencies": ["error", { devDependencies: true, includeTypes: true }] },
  },
  {
    files: ["**/*.{ts,tsx}"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks, "react-refresh": reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react-refresh/only-export-components": ["warn", { allowConstantExport: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The site's own code: every text a reader sees is written whole, in each language (eslint/noTextConcatenation.js).
    files: ["src/**/*.{ts,tsx}"],
    // data:check's messages are for the data's editors, in English (shown to readers as a quoted detail).
    ignores: ["**/*.test.{ts,tsx}", "src/data/check/**"],
    plugins: { local },
    rules: { "local/no-text-concatenation": "error" },
  },
  {
    files: ["scripts/**", "tests/**", "*.config.{js,ts}", "**/*.mjs", "eslint/**"],
    languageOptions: { globals: { ...globals.node } },
  },
);
