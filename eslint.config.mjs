// npm run lint = this (zero warnings allowed) + tsc. Flat config, ESLint 9.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import jsxA11y from "eslint-plugin-jsx-a11y";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: [
      ".next/",
      "out/",
      ".cache/",
      "test-results/",
      "playwright-report/",
      "blob-report/",
      "reports/",
      "deploy/generated/",
      "public/assets/",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  // Accessibility of the JSX we write (WCAG): alt text, labels, valid ARIA, keyboard access.
  { files: ["**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  {
    // Plain JavaScript files here are Node scripts and configs (and the callbacks they hand to
    // Playwright's page.evaluate, which run in the browser).
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        document: "readonly",
        window: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
      },
    },
  },
  {
    rules: {
      // `_name` marks a parameter that a signature requires but the body does not use.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
