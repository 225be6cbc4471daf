import * as chromeLauncher from "chrome-launcher";
import type { Flags, Result } from "lighthouse";
import puppeteer from "puppeteer-core";

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/support/chromium";

/** The same Chromium and flags as the Playwright tests. */
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];

export type Preset = "mobile" | "desktop";

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds. */
  lcp: number;
  tbt: number;
  cls: number;
  /** Bytes transferred for the whole page load. */
  bytes: number;
  lcpElement: string;
  /** Weighted audits that did not score full marks, by category. */
  missed: string[];
}

export interface LighthouseSession {
  run: (url: string, preset: Preset, initScript?: string) => Promise<LighthouseFigures>;
}

export async function openLighthouse(): Promise<LighthouseSession> {
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
  return {
    // Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP) in headless
    // Chromium; such a run measured nothing, so it is tried again, up to three times.
    async run(url, preset, initScript) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await runOnce(url, preset, initScript);
        } catch (error) {
          if (attempt >= 3 || !(error instanceof LighthouseRuntimeError)) throw error;
          console.error(`  (${(error as Error).message.split(" ")[1]}: trying again)`);
        }
      }
    },
  };

  // A fresh browser for every run: no cache, storage or trace state carried over.
  async function runOnce(url: string, preset: Preset, initScript?: string): Promise<LighthouseFigures> {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, logLevel: "error" });
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    try {
      const page = await browser.newPage();
      if (initScript) await page.evaluateOnNewDocument(initScript);
      const flags: Flags = { logLevel: "error", output: "json", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] };
      const result = await lighthouse(url, flags, preset === "desktop" ? desktopConfig : undefined, page);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      return figures(result.lhr);
    } finally {
      await browser.disconnect();
      chrome.kill();
    }
  }
}

class LighthouseRuntimeError extends Error {}

function figures(lhr: Result): LighthouseFigures {
  if (lhr.runtimeError) throw new LighthouseRuntimeError(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const lcpAudit = lhr.audits["largest-contentful-paint-element"];
  const lcpDetails = lcpAudit?.details as { items?: { items?: { node?: { nodeLabel?: string; selector?: string } }[] }[] } | undefined;
  const node = lcpDetails?.items?.[0]?.items?.[0]?.node;
  // What the browser logged, so the report can say which error cost points.
  const consoleErrors = (
    (lhr.audits["errors-in-console"]?.details as { items?: { description?: string; sourceLocation?: { url?: string } }[] } | undefined)?.items ?? []
  ).map((item) => `${item.description ?? ""} ${item.sourceLocation?.url ?? ""}`.trim());
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcp: numeric("largest-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    bytes: numeric("total-byte-weight"),
    lcpElement: node
      ? `${node.selector ?? ""} “${(node.nodeLabel ?? "").slice(0, 24)}”`
      : `not available (${lcpAudit?.errorMessage?.split(":")[0] ?? "no element reported"})`,
    missed: Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category.id}: ${ref.id}${lhr.audits[ref.id]?.displayValue ? ` (${lhr.audits[ref.id]?.displayValue})` : ""}`)
        .map((text) => (text.includes("errors-in-console") && consoleErrors.length ? `${text} — ${consoleErrors.join("; ")}` : text)),
    ),
  };
}
