import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import zhCommon from "@/locales/zh-CN/common.json";
import { CSP_MAPS_FILE } from "@/scripts/lib/build-paths";
import { BROTLI_STATIC_MODULE, startNginx, type RunningNginx } from "@/scripts/lib/nginx-server";
import { exportedPages, OUT_DIR, rawGet, requireExport } from "../support/export";
import { hydrate } from "./hydration-helpers";

/**
 * The export served by real nginx with the shipped deploy/nginx.conf, as in production:
 * headers, status codes, precompressed files, and pages that still work under the
 * Content-Security-Policy.
 */

const PORT = Number(process.env.NGINX_TEST_PORT ?? 8476);
const FIXTURE_PORT = PORT + 1;

// One nginx per port: the tests of this file run in order in one worker.
test.describe.configure({ mode: "default" });

let server: RunningNginx;
test.beforeAll(async () => {
  requireExport();
  server = await startNginx({ root: OUT_DIR, port: PORT, cspMapsFile: CSP_MAPS_FILE });
});
test.afterAll(async () => {
  await server?.stop();
});

function cspDirectives(header: string | string[] | undefined): Map<string, string[]> {
  const value = Array.isArray(header) ? header.join(";") : (header ?? "");
  return new Map(
    value
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

test("every page is served with 200, UTF-8 and the security headers", async () => {
  const pages = exportedPages().filter((address) => !address.endsWith("404.html"));
  expect(pages.length).toBeGreaterThan(10);
  for (const address of pages) {
    const response = await rawGet(server.origin + address);
    expect(response.status, address).toBe(200);
    expect(response.headers["content-type"], address).toBe("text/html; charset=utf-8");
    const csp = cspDirectives(response.headers["content-security-policy"]);
    const scriptSources = csp.get("script-src") ?? [];
    expect(scriptSources.slice(0, 2), address).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    // Every other script source is a hash: no 'unsafe-inline', no 'unsafe-eval', no host.
    expect(scriptSources.slice(2).length, address).toBeGreaterThan(0);
    for (const source of scriptSources.slice(2)) expect(source, address).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(csp.get("style-src")?.join(" "), address).not.toContain("unsafe-inline");
    expect(csp.get("default-src"), address).toEqual(["'self'"]);
    expect(csp.get("object-src"), address).toEqual(["'none'"]);
    expect(csp.get("base-uri"), address).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors"), address).toEqual(["'none'"]);
    expect(response.headers["x-content-type-options"], address).toBe("nosniff");
    expect(response.headers["referrer-policy"], address).toBe("strict-origin-when-cross-origin");
    expect(response.headers["permissions-policy"], address).toContain("camera=()");
    expect(response.headers["x-frame-options"], address).toBe("DENY");
    expect(response.headers["cache-control"], address).toBe("public, max-age=300");
    expect(response.headers.server, address).toBe("nginx");
  }
});

test("hashed framework files are cached for a year as immutable, pages only briefly", async () => {
  const html = (await rawGet(`${server.origin}/sections/biomedicine/`)).body.toString();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  const response = await rawGet(server.origin + chunk);
  expect(response.status).toBe(200);
  expect(response.headers["content-type"]).toBe("application/javascript; charset=utf-8");
  expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(response.headers["x-content-type-options"]).toBe("nosniff");
});

test("browsers get the file compressed at build time (brotli where nginx has the module, else gzip), others the plain file", async () => {
  const html = fs.readFileSync(path.join(OUT_DIR, "sections/biomedicine/index.html"));
  // The page's scripts are listed in its hydration note (lib/hydration.ts).
  const chunk = /"(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html.toString())?.[1] ?? "";
  expect(chunk).not.toBe("");
  for (const [address, file] of [
    ["/sections/biomedicine/", "sections/biomedicine/index.html"],
    [chunk, chunk.slice(1)],
  ] as const) {
    const original = fs.readFileSync(path.join(OUT_DIR, file));
    const either = await rawGet(server.origin + address, { "Accept-Encoding": "gzip, br" });
    if (fs.existsSync(BROTLI_STATIC_MODULE)) {
      expect(either.headers["content-encoding"], address).toBe("br");
      expect(either.body.equals(fs.readFileSync(path.join(OUT_DIR, `${file}.br`))), address).toBe(true);
    } else {
      expect(either.headers["content-encoding"], address).toBe("gzip");
    }
    const gzipped = await rawGet(server.origin + address, { "Accept-Encoding": "gzip" });
    expect(gzipped.headers["content-encoding"], address).toBe("gzip");
    expect(gzipped.headers.vary, address).toBe("Accept-Encoding");
    // Byte for byte the .gz the build wrote (gzip -9), so nothing is compressed per request.
    expect(gzipped.body.equals(fs.readFileSync(path.join(OUT_DIR, `${file}.gz`))), address).toBe(true);
    expect(zlib.gunzipSync(gzipped.body).equals(original), address).toBe(true);
    // The brotli copy is the same file.
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(OUT_DIR, `${file}.br`))).equals(original), address).toBe(true);
    const plain = await rawGet(server.origin + address);
    expect(plain.headers["content-encoding"], address).toBeUndefined();
    expect(plain.body.equals(original), address).toBe(true);
  }
});

test("an address without its final slash is redirected (301) to the page's address", async () => {
  for (const [from, to] of [
    ["/sections/biomedicine", "/sections/biomedicine/"],
    ["/projects", "/projects/"],
  ]) {
    const response = await rawGet(server.origin + from);
    expect(response.status, from).toBe(301);
    expect(response.headers.location, from).toBe(to);
  }
});

test("an address the site does not have gets 404 and the Chinese not-found page", async ({ page }) => {
  for (const address of ["/no-such-page/", "/sections/no-such-section/", "/sections/biomedicine/missing.html"]) {
    const response = await rawGet(server.origin + address);
    expect(response.status, address).toBe(404);
    expect(response.headers["content-type"], address).toBe("text/html; charset=utf-8");
    expect(response.headers["content-security-policy"], address).toContain("frame-ancestors 'none'");
  }
  const response = await page.goto(`${server.origin}/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zhCommon.notFound.title);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("link", { name: zhCommon.notFound.home })).toHaveAttribute("href", "/");
});

test("a browser's automatic /favicon.ico request never logs a 404", async () => {
  const response = await rawGet(`${server.origin}/favicon.ico`);
  const shipped = fs.existsSync(path.join(OUT_DIR, "favicon.ico"));
  expect(response.status).toBe(shipped ? 200 : 204);
});

test.describe("what must never be served", () => {
  let fixture: RunningNginx;
  let root: string;
  test.beforeAll(async () => {
    // A site folder holding what a careless upload could leave beside the pages.
    root = fs.mkdtempSync(path.join(os.tmpdir(), "nanlang-served-"));
    fs.cpSync(path.join(OUT_DIR, "404.html"), path.join(root, "404.html"));
    fs.writeFileSync(path.join(root, "index.html"), "<!doctype html><title>home</title>");
    fs.writeFileSync(path.join(root, ".env"), "SECRET=1\n");
    fs.mkdirSync(path.join(root, ".git"));
    fs.writeFileSync(path.join(root, ".git", "config"), "[core]\n");
    fs.mkdirSync(path.join(root, "files"));
    fs.writeFileSync(path.join(root, "files", "report.txt"), "report\n");
    fs.writeFileSync(path.join(root, "files", ".htpasswd"), "admin:x\n");
    fs.mkdirSync(path.join(root, ".well-known"));
    fs.writeFileSync(path.join(root, ".well-known", "security.txt"), "Contact: mailto:test@example.com\n");
    fixture = await startNginx({ root, port: FIXTURE_PORT });
  });
  test.afterAll(async () => {
    await fixture?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test("a folder without a page is not listed: 404 with the not-found page", async () => {
    const response = await rawGet(`${fixture.origin}/files/`);
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain("report.txt");
    expect(response.body.toString()).toContain(zhCommon.notFound.title);
    // The file itself is served, so the 404 above is the listing being refused.
    expect((await rawGet(`${fixture.origin}/files/report.txt`)).status).toBe(200);
  });

  test("no dotfile or dot-folder is served, except /.well-known/", async () => {
    for (const address of ["/.env", "/.git/config", "/.git/", "/files/.htpasswd"]) {
      const response = await rawGet(fixture.origin + address);
      expect(response.status, address).toBe(404);
      expect(response.body.toString(), address).not.toMatch(/SECRET|\[core\]|admin:/);
    }
    expect((await rawGet(`${fixture.origin}/.well-known/security.txt`)).status).toBe(200);
  });
});

/** Collects what a reader's browser would complain about: console errors, uncaught errors, CSP violations. */
async function watchForProblems(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  // The console says "Failed to load resource" without the address: name it.
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const record = window as unknown as { __cspViolations?: string[] };
      (record.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  /** The CSP violations the current page has reported so far. */
  const cspViolations = () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  return { problems, cspViolations };
}

test.describe("pages under the Content-Security-Policy", () => {
  test("every page loads and hydrates with no console error and no CSP violation", async ({ page }) => {
    const { problems, cspViolations } = await watchForProblems(page);
    for (const address of exportedPages().filter((a) => !a.includes("404") && !a.includes("_not-found"))) {
      await page.goto(server.origin + address, { waitUntil: "networkidle" });
      await hydrate(page);
      // Next's client runtime ran: it registers the router only after hydration.
      await page.waitForFunction(() => "next" in window && Boolean((window as unknown as { next?: { router?: unknown } }).next?.router));
      const violations = await cspViolations();
      expect(violations, address).toEqual([]);
    }
    expect(problems).toEqual([]);
  });

  test("links lead from page to page, and a chosen display mode applies on every one", async ({ page }) => {
    const { problems, cspViolations } = await watchForProblems(page);
    await page.goto(`${server.origin}/sections/biomedicine/`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "长者助手" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
    const pager = page.getByRole("navigation", { name: zhCommon.section.pagerLabel });
    await pager.getByRole("link", { name: new RegExp(zhCommon.section.next) }).click();
    await expect(page).toHaveURL(`${server.origin}/sections/tourism/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("孙中山故里旅游区");
    // The boot script, allowed by its hash, applied the mode before the page's bundles.
    await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
    await expect(page.getByRole("button", { name: "长者助手" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("navigation", { name: zhCommon.header.navLabel }).getByRole("link", { name: "十件民生实事" }).click();
    await expect(page).toHaveURL(`${server.origin}/projects/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("十件民生实事");
    await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
    const violations = await cspViolations();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  test("search works under the policy: Pagefind's WebAssembly and worker load from the site", async ({ page }) => {
    const { problems, cspViolations } = await watchForProblems(page);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent("中医药")}`, { waitUntil: "networkidle" });
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^找到 \d+ 个/);
    await expect(page.getByRole("list", { name: "搜索结果" }).getByRole("link").first()).toHaveAttribute("href", "/sections/biomedicine/");
    const violations = await cspViolations();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  test("an inline script that was not in the page when it was built does not run", async ({ page }) => {
    await page.goto(`${server.origin}/sections/biomedicine/`, { waitUntil: "networkidle" });
    const outcome = await page.evaluate(async () => {
      const blocked = new Promise<string>((resolve) =>
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), { once: true }),
      );
      const script = document.createElement("script");
      script.textContent = "window.__injected = true;";
      document.body.append(script);
      const div = document.createElement("div");
      div.innerHTML = '<img src="data:," onerror="window.__injected = true">';
      document.body.append(div);
      const directive = await blocked;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { directive, injected: (window as unknown as { __injected?: boolean }).__injected ?? false };
    });
    expect(outcome).toEqual({ directive: "script-src-elem", injected: false });
  });
});
