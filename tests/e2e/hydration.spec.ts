import { expect, test, type Page } from "@playwright/test";
import { TOOLBAR_KEY } from "@/lib/display-modes/modes";
import { HYDRATED_ATTRIBUTE, PRESSED_WHEN_ATTRIBUTE } from "@/lib/hydration";
import { header, SECTION_PAGE, storeSettingsBeforeLoad, toolbarRegion } from "./display-modes-helpers";
import { hydrate } from "./hydration-helpers";

/**
 * Pages hydrate on first use (lib/hydration.ts): a resident who only reads downloads the
 * page and nothing else; the first sign of intent loads the rest, and nothing pressed in
 * the meantime is lost.
 */

/** Every request the page makes for Next's scripts or its server-components payload. */
function watchScriptRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/_next/")) seen.push(pathname);
  });
  return seen;
}

test("a page that is only read loads no script bundle and no payload", async ({ page }) => {
  const requests = watchScriptRequests(page);
  await page.goto(SECTION_PAGE, { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The tools that need JavaScript are offered all the same, as real buttons.
  await expect(header(page).elder).toHaveAttribute("aria-pressed", "false");
  await expect(header(page).opener).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("button", { name: "打印本页" })).toBeVisible();
  // Watched a while longer than networkidle's quiet 500ms: nothing starts loading later either.
  await page.waitForTimeout(500);
  expect(requests).toEqual([]);
  await expect(page.locator("html")).not.toHaveAttribute(HYDRATED_ATTRIBUTE, "");
});

test("the pointer moving over the page loads the scripts and the payload, once, and the page hydrates", async ({ page }) => {
  const requests = watchScriptRequests(page);
  await page.goto(SECTION_PAGE, { waitUntil: "networkidle" });
  await hydrate(page);
  expect(requests.filter((path) => path.startsWith("/_next/static/flight/"))).toHaveLength(1);
  expect(requests.filter((path) => path.endsWith(".js")).length).toBeGreaterThan(2);
  expect(new Set(requests).size).toBe(requests.length);
});

test("keyboard focus moving is a sign of intent too; no key is listened to", async ({ page }) => {
  // The loader starts with fetch(): a key it listened to would call it at once.
  await page.addInitScript(() => {
    const record = window as unknown as { fetched: string[] };
    record.fetched = [];
    const fetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      record.fetched.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    };
  });
  const requests = watchScriptRequests(page);
  await page.goto(SECTION_PAGE, { waitUntil: "networkidle" });
  const html = page.locator("html");
  // A key that does not move focus: nothing is loaded.
  await page.keyboard.press("a");
  expect(await page.evaluate(() => (window as unknown as { fetched: string[] }).fetched)).toEqual([]);
  expect(requests).toEqual([]);
  await expect(html).not.toHaveAttribute(HYDRATED_ATTRIBUTE, "");
  // Tab moves focus: the page loads its script and hydrates.
  await page.keyboard.press("Tab");
  await expect(html).toHaveAttribute(HYDRATED_ATTRIBUTE, "");
  expect(requests.filter((path) => path.startsWith("/_next/static/flight/"))).toHaveLength(1);
  // The watch on fetch() above did see the loader's call, now that there was one.
  const fetched = await page.evaluate(() => (window as unknown as { fetched: string[] }).fetched);
  expect(fetched.filter((url) => url.includes("/_next/static/flight/"))).toHaveLength(1);
});

test("长者助手 pressed before the script has loaded is carried out once it has", async ({ page }) => {
  // The scripts arrive slowly, as on a weak mobile connection.
  await page.route("**/_next/static/chunks/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await page.goto(SECTION_PAGE, { waitUntil: "networkidle" });
  const { elder } = header(page);
  // Every change of the button's pressed state, from now on.
  await page.evaluate((pressedWhen) => {
    const changes: string[] = [];
    (window as unknown as { pressedChanges: string[] }).pressedChanges = changes;
    new MutationObserver((records) => {
      for (const record of records) {
        const button = record.target as Element;
        const now = button.getAttribute("aria-pressed");
        if (button.getAttribute(pressedWhen) === "data-elder" && now !== record.oldValue) changes.push(`${record.oldValue} → ${now}`);
      }
    }).observe(document.body, { subtree: true, attributeFilter: ["aria-pressed"], attributeOldValue: true });
  }, PRESSED_WHEN_ATTRIBUTE);
  expect(await elder.getAttribute(PRESSED_WHEN_ATTRIBUTE)).toBe("data-elder");
  await elder.click();
  await expect(page.locator("html")).toHaveAttribute(HYDRATED_ATTRIBUTE, "");
  await expect(elder).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
  await expect(elder).toBeFocused();
  // Pressed once, carried out once: the held click was replayed as the page hydrated,
  // and the state changed exactly once (twice would have turned it off again).
  expect(await page.evaluate(() => (window as unknown as { pressedChanges: string[] }).pressedChanges)).toEqual(["false → true"]);
});

test("无障碍 activated from the keyboard before hydration opens the toolbar", async ({ page }) => {
  await page.goto(SECTION_PAGE, { waitUntil: "networkidle" });
  const { opener } = header(page);
  // Focus without a Tab keystroke (as a screen reader's browse mode may), then Enter.
  await opener.focus();
  await page.keyboard.press("Enter");
  await expect(opener).toHaveAttribute("aria-expanded", "true");
  await expect(toolbarRegion(page)).toBeVisible();
});

test("a stored 长者助手 is announced as pressed before any script has loaded", async ({ page }) => {
  await storeSettingsBeforeLoad(page.context(), { elder: "on" });
  const requests = watchScriptRequests(page);
  await page.goto(SECTION_PAGE, { waitUntil: "networkidle" });
  await expect(header(page).elder).toHaveAttribute("aria-pressed", "true");
  expect(requests).toEqual([]);
});

test("with the toolbar left open on the previous page, the page hydrates at once and shows it", async ({ page }) => {
  await page.addInitScript((key) => sessionStorage.setItem(key, "open"), TOOLBAR_KEY);
  await page.goto(SECTION_PAGE);
  await expect(toolbarRegion(page)).toBeVisible();
  await expect(header(page).opener).toHaveAttribute("aria-expanded", "true");
});

test("with a mode that is script (guide lines) on, the page hydrates at once", async ({ page }) => {
  await storeSettingsBeforeLoad(page.context(), { guides: "on" });
  await page.goto(SECTION_PAGE);
  await expect(page.locator("html")).toHaveAttribute(HYDRATED_ATTRIBUTE, "");
});
