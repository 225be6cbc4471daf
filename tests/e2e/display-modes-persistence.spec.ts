import { expect, test } from "@playwright/test";
import { modulesManifest } from "@/lib/modules/bundle";
import { collectCspHashes, sha256Source } from "@/scripts/lib/csp";
import { OUT_DIR } from "../support/export";
import { PAGES, SECTION_PAGE, header, openToolbar, storeSettingsBeforeLoad } from "./display-modes-helpers";

test.describe("display modes persist and apply before first paint", () => {
  test("a mode chosen once stays on across navigation and reload", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    await header(page).elder.click();
    const region = await openToolbar(page);
    await region.getByRole("radio", { name: "黑底黄字" }).check();
    await region.getByRole("button", { name: "文字放大" }).click();

    // A link of the main navigation: a full page load (the site has no client-side routing).
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "十件民生实事" }).click();
    await expect(page).toHaveURL(/\/projects\/$/);
    await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
    await expect(header(page).elder).toHaveAttribute("aria-pressed", "true");

    // A new page load and a reload.
    await page.goto("/accessibility/help/");
    await page.reload();
    const html = page.locator("html");
    await expect(html).toHaveAttribute("data-elder", "on");
    await expect(html).toHaveAttribute("data-scheme", "yellow-on-black");
    await expect(html).toHaveAttribute("data-text-scale", "125");
    await expect(header(page).elder).toHaveAttribute("aria-pressed", "true");
    await openToolbar(page);
    await expect(page.getByRole("radio", { name: "黑底黄字" })).toBeChecked();
    await expect(page.getByRole("group", { name: "文字大小 125%" })).toBeVisible();
  });

  test("no flash: the stored mode is on <html> before <body> is parsed", async ({ page }) => {
    await storeSettingsBeforeLoad(page.context(), { elder: "on", scheme: "white-on-black" });
    await page.addInitScript(() => {
      const seen: Record<string, string | null>[] = [];
      (window as unknown as { seenAtBody: typeof seen }).seenAtBody = seen;
      const observer = new MutationObserver(() => {
        if (!document.body) return;
        const html = document.documentElement;
        seen.push({ elder: html.getAttribute("data-elder"), scheme: html.getAttribute("data-scheme"), scripts: String(document.scripts.length) });
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(SECTION_PAGE);
    const seen = await page.evaluate(() => (window as unknown as { seenAtBody: Record<string, string>[] }).seenAtBody);
    expect(seen[0]).toMatchObject({ elder: "on", scheme: "white-on-black" });
  });

  test("no flash: the stored mode applies even when no module runs", async ({ page }) => {
    await storeSettingsBeforeLoad(page.context(), { elder: "on", scheme: "yellow-on-black" });
    // The site's modules are refused: the boot script alone applies the modes.
    await page.route("**/assets/js/**", (route) => route.abort());
    await page.goto(SECTION_PAGE);
    const html = page.locator("html");
    await expect(html).toHaveAttribute("data-elder", "on");
    await expect(html).toHaveAttribute("data-scheme", "yellow-on-black");
    const style = await page
      .locator("main .prose p")
      .first()
      .evaluate((p) => ({
        fontSize: parseFloat(getComputedStyle(p).fontSize),
        color: getComputedStyle(p).color,
        background: getComputedStyle(document.documentElement).backgroundColor,
      }));
    expect(style).toEqual({ fontSize: 24, color: "rgb(255, 255, 0)", background: "rgb(0, 0, 0)" });
  });

  test("with storage blocked, modes still work for the visit", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(SECTION_PAGE);
    await expect(page.locator("html")).toHaveAttribute("data-js", "");
    await header(page).elder.click();
    await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "十件民生实事" }).click();
    await expect(page).toHaveURL(/\/projects\/$/);
    await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
    await expect(header(page).elder).toHaveAttribute("aria-pressed", "true");
    expect(errors).toEqual([]);
  });

  test("every page carries the same boot script, allowed by one CSP hash", async ({ request }) => {
    for (const path of PAGES) {
      const response = await request.get(path);
      const html = await response.text();
      const head = html.slice(0, html.indexOf("<body"));
      const scripts = [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
      expect(scripts, path).toEqual([modulesManifest().bootScript]);
    }
    // The policy the build wrote for each page allows that script by its hash.
    const policies = collectCspHashes(OUT_DIR).scripts;
    expect(policies.size).toBeGreaterThan(40);
    for (const [page, hashes] of policies) expect(hashes, page).toContain(sha256Source(modulesManifest().bootScript));
  });
});
