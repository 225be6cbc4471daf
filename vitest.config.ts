import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["tests/unit/setup.ts"],
    // next/link reads the trailingSlash setting of next.config.ts from this variable.
    env: { __NEXT_TRAILING_SLASH: "true" },
  },
});
