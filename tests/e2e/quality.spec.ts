import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from "html-validate";
import { SITE_URL } from "@/lib/seo/site-url";
import { htmlFiles, pageAddress } from "@/scripts/lib/export-files";
import { checkLinks } from "@/scripts/lib/link-check";
import { allModules, BUDGETS, kb, pageWeight, type PageWeight } from "@/scripts/lib/page-weight";
import { exportedPages, OUT_DIR, requireExport } from "../support/export";
import { ALL_PAGES } from "../support/pages";

/** Checks over the whole export (out/): valid HTML, links that lead somewhere, page weight, hosts contacted. */

test.beforeAll(() => requireExport());

test("the export holds exactly the pages the content and the table of page kinds give, and the not-found page", () => {
  const pages = exportedPages().filter((page) => page.endsWith("/") && !/^\/(404|_not-found)\//.test(page));
  expect(pages.sort()).toEqual([...ALL_PAGES].sort());
  expect(exportedPages()).toContain("/404.html");
});

test("every exported page is valid HTML (html-validate, recommended rules)", async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles(OUT_DIR);
  expect(files.length).toBeGreaterThan(10);
  const reports = await Promise.all(files.map((file) => validator.validateFile(file)));
  const failed = reports.flatMap((report) => report.results).filter((result) => result.errorCount > 0);
  const text = failed.length ? formatterFactory("text")(failed) : "";
  expect(text, "html-validate errors").toBe("");
});

test("no internal link, resource or #anchor of the export is broken", () => {
  const { checked, broken } = checkLinks(OUT_DIR, [SITE_URL]);
  // Every page links at least to the home page, the projects and the skip-link target.
  expect(checked).toBeGreaterThan(exportedPages().length * 3);
  expect(broken).toEqual([]);
});

test("the link check itself finds a missing page, a missing anchor and a folder without its slash", () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), "nanlang-links-"));
  try {
    fs.mkdirSync(path.join(site, "sections", "a"), { recursive: true });
    fs.writeFileSync(path.join(site, "sections", "a", "index.html"), '<!doctype html><h2 id="goal">x</h2>');
    fs.writeFileSync(
      path.join(site, "index.html"),
      [
        "<!doctype html>",
        '<a href="/sections/a/#goal">ok</a>',
        '<a href="/sections/b/">missing page</a>',
        '<a href="/sections/a/#no-such-anchor">missing anchor</a>',
        '<a href="/sections/a">no slash</a>',
        '<a href="#nowhere">missing anchor here</a>',
        '<script src="/_next/static/gone.js"></script>',
        '<a href="https://www.zs.gov.cn/">other site</a>',
      ].join("\n"),
    );
    const { broken } = checkLinks(site);
    expect(broken.map(({ href, line }) => ({ href, line }))).toEqual([
      { href: "/sections/b/", line: 3 },
      { href: "/sections/a/#no-such-anchor", line: 4 },
      { href: "/sections/a", line: 5 },
      { href: "#nowhere", line: 6 },
      { href: "/_next/static/gone.js", line: 7 },
    ]);
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test.describe("page weight, gzip", () => {
  const weights = new Map<string, PageWeight>();
  test.beforeAll(() => {
    for (const file of htmlFiles(OUT_DIR)) weights.set(pageAddress(OUT_DIR, file), pageWeight(OUT_DIR, file));
  });
  const describeWeight = (address: string, w: PageWeight) =>
    `${address}: HTML ${kb(w.html)} (inlined CSS ${kb(w.inlineCss)}), CSS files ${kb(w.externalCss)}, JS ${kb(w.js)} (${w.scripts.map((s) => s.file).join(", ")})`;

  test("every page loads only the site's own modules, at most 15 KB", () => {
    for (const [address, w] of weights) {
      // The entry module must have been found, or the budget would hold for nothing.
      expect(w.scripts.length, describeWeight(address, w)).toBeGreaterThan(0);
      for (const script of w.scripts) expect(script.file, describeWeight(address, w)).toMatch(/^\/assets\/js\//);
      expect(w.js, describeWeight(address, w)).toBeLessThanOrEqual(BUDGETS.pageJs);
    }
  });

  test("every module of the site together, all a reader can fetch over a visit, is at most 15 KB", () => {
    const modules = allModules(OUT_DIR);
    const total = modules.reduce((sum, m) => sum + m.gzip, 0);
    expect(modules.length).toBeGreaterThan(3);
    expect(total, modules.map((m) => `${m.file} ${kb(m.gzip)}`).join(", ")).toBeLessThanOrEqual(BUDGETS.allModulesJs);
  });

  test("HTML and CSS of every page are at most 60 KB together", () => {
    for (const [address, w] of weights) expect(w.html + w.externalCss, describeWeight(address, w)).toBeLessThanOrEqual(BUDGETS.htmlAndCss);
  });
});

test("no page requests anything from another host", async ({ page, baseURL }) => {
  const own = new URL(baseURL ?? "").host;
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.host !== own) foreign.push(`${page.url()} → ${request.url()}`);
  });
  for (const address of exportedPages()) {
    await page.goto(address, { waitUntil: "networkidle" });
    // Whatever scrolling might load counts too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
  }
  expect(foreign).toEqual([]);
});
