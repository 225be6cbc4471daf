import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    // Some tests build a whole plan from the real content: on a busy 2-core machine that takes seconds.
    testTimeout: 30_000,
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["tests/unit/setup.ts"],
    // next/link reads the trailingSlash setting of next.config.ts from this variable.
    // The components render full URLs from the site's address: a local preview's (lib/site.ts).
    env: { __NEXT_TRAILING_SLASH: "true", SITE_PREVIEW: "1" },
  },
});
