import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/support/chromium";

/**
 * End-to-end tests run against the built export (out/), served as a static host
 * serves it. Where Debian's Chromium is installed (CI and the team's machines) it is
 * used; set PLAYWRIGHT_CHROMIUM_PATH to choose another, or PLAYWRIGHT_BUNDLED=1 to use
 * Playwright's own browser (`npx playwright install chromium`).
 */
const useSystemChromium = !process.env.PLAYWRIGHT_BUNDLED && fs.existsSync(CHROMIUM_PATH);
const port = Number(process.env.E2E_PORT ?? 4173);
// The tests check the local preview build that `npm test` makes (npm run build:preview),
// and build their project copies the same way, unless SITE_URL names a public address.
if (!process.env.SITE_URL) process.env.SITE_PREVIEW ??= "1";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    launchOptions: useSystemChromium
      ? {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        }
      : {},
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `npx serve out --no-clipboard --no-request-logging --config ../serve.json --listen tcp://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
