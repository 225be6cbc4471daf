import { expect, test, type Page } from "@playwright/test";
import { TOOLBAR_KEY } from "@/lib/display-modes/modes";
import { SECTION_PAGE, header, storeSettingsBeforeLoad, toolbarRegion } from "./display-modes-helpers";
import { modulesReady } from "./modules-helpers";

/*
 * Controls that answer the first tap: the page arrives as HTML with the site's own small
 * modules; no framework, nothing fetched when a control is pressed or the page is read.
 */

/** Every request the page makes from now on. */
function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  return requests;
}

/** The layout shifts of the page so far, as the browser scores them (CLS), without input-driven ones. */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        // Buffered entries arrive in the first callback; give late ones a few frames.
        setTimeout(() => resolve(total), 500);
      }),
  );
}

test.describe("the first tap takes effect at once, with no request", () => {
  test("长者助手, 无障碍 and a colour scheme work with the network cut after the page loaded", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    await modulesReady(page);
    const requests = recordRequests(page);
    await page.route("**/*", (route) => route.abort());
    const { elder, opener } = header(page);

    await elder.click();
    await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
    await expect(elder).toHaveAttribute("aria-pressed", "true");
    const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector("main p")!).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(24);

    await opener.click();
    await expect(opener).toHaveAttribute("aria-expanded", "true");
    const region = toolbarRegion(page);
    await expect(region).toBeVisible();

    await region.getByRole("radio", { name: "黑底黄字" }).check();
    await expect(page.locator("html")).toHaveAttribute("data-scheme", "yellow-on-black");
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe("rgb(0, 0, 0)");

    expect(requests).toEqual([]);
  });

  test("the press changes the page before the click returns: in the same frame, with nothing to wait for", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    await modulesReady(page);
    const changed = await page.evaluate(() => {
      const button = [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === "长者助手")!;
      button.click();
      return { elder: document.documentElement.getAttribute("data-elder"), pressed: button.getAttribute("aria-pressed") };
    });
    expect(changed).toEqual({ elder: "on", pressed: "true" });
  });
});

test.describe("reading a page fetches nothing more", () => {
  test("scrolling, pointing and moving focus through a page request no script and nothing else", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    await modulesReady(page);
    await page.waitForLoadState("networkidle");
    const requests = recordRequests(page);
    await page.mouse.move(200, 300);
    await page.mouse.wheel(0, 2000);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (let i = 0; i < 12; i++) await page.keyboard.press("Tab");
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);
  });

  test("the page loads the site's entry module and what it preloads, and no framework", async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(SECTION_PAGE, { waitUntil: "networkidle" });
    const scripts = requests.map((url) => new URL(url).pathname).filter((path) => path.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/^\/assets\/js\/[\w.-]+-[A-Z0-9]{8}\.js$/);
    expect(requests.filter((url) => url.includes("/_next/"))).toEqual([]);
  });
});

test.describe("a page opened with the toolbar left open", () => {
  test("no frame is painted before the header and its open toolbar are whole: the page asks the browser to wait for <main>", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const wait = await page.evaluate(() => {
      const link = document.head.querySelector<HTMLLinkElement>('link[rel="expect"][blocking="render"]');
      const target = link && document.querySelector(link.getAttribute("href") ?? "");
      const header = document.querySelector("body > header, header");
      return {
        target: target?.tagName ?? null,
        // The waited-for element comes after the header, so the header is parsed whole before the first paint.
        afterHeader: !!target && !!header && (header.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      };
    });
    expect(wait).toEqual({ target: "MAIN", afterHeader: true });
  });

  for (const viewport of [
    { name: "desktop", width: 1280, height: 900, elder: false },
    { name: "phone in elder mode", width: 390, height: 844, elder: true },
  ]) {
    test(`paints with the toolbar open and nothing moves (${viewport.name})`, async ({ page, context }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      if (viewport.elder) await storeSettingsBeforeLoad(context, { elder: "on" });
      await context.addInitScript((key) => sessionStorage.setItem(key, "open"), TOOLBAR_KEY);
      await page.goto(SECTION_PAGE);
      await expect(toolbarRegion(page)).toBeVisible();
      await modulesReady(page);
      await expect(header(page).opener).toHaveAttribute("aria-expanded", "true");
      expect(await layoutShift(page)).toBe(0);
      // The next page as well.
      await page.getByRole("link", { name: /^下一节/ }).click();
      await expect(toolbarRegion(page)).toBeVisible();
      expect(await layoutShift(page)).toBe(0);
    });
  }
});

test.describe("when the modules cannot run", () => {
  test("a module script that fails to load leaves no control that needs it, and the page reads in full", async ({ page }) => {
    await page.route("**/assets/js/**", (route) => route.abort());
    await page.goto(SECTION_PAGE);
    await expect(page.locator("html")).toHaveAttribute("data-modules-failed", "");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const name of ["长者助手", "无障碍", "复制本页链接", "打印本页"]) {
      await expect(page.getByRole("button", { name, exact: true })).toBeHidden();
    }
    await expect(page.getByRole("img", { name: /二维码/ })).toBeVisible();
  });

  test("the search page then says that search needs JavaScript", async ({ page }) => {
    await page.route("**/assets/js/**", (route) => route.abort());
    await page.goto("/search/");
    await expect(page.getByText(/^站内搜索需要浏览器开启 JavaScript/)).toBeVisible();
  });

  test("while the modules are still on their way, their controls are kept invisible (room kept), then appear in place", async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/assets/js/**", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(SECTION_PAGE, { waitUntil: "commit" });
    const { elder } = header(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(elder).toBeHidden();
    // The two header buttons' box: where they are, and the room they keep (found while still hidden).
    const buttons = page.getByRole("button", { name: "长者助手", includeHidden: true }).locator("..");
    const before = await buttons.boundingBox();
    release();
    await expect(elder).toBeVisible();
    expect(await buttons.boundingBox()).toEqual(before);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page reads in full and offers no control that needs script", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const name of ["长者助手", "无障碍", "复制本页链接", "打印本页"]) {
      await expect(page.getByRole("button", { name, exact: true })).toBeHidden();
    }
    await expect(toolbarRegion(page)).toBeHidden();
    await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en/sections/biomedicine/");
  });
});
