import { expect, test } from "@playwright/test";
import { SCHEMES, SECTION_PAGE, focusRingContrast, header, openToolbar, reloadWithSettings, toolbarRegion } from "./display-modes-helpers";

test.describe("配色: focus rings at least 7:1 and links underlined in every scheme", () => {
  for (const scheme of SCHEMES) {
    test(`focus rings of buttons and links in ${scheme}`, async ({ page }) => {
      await page.goto(SECTION_PAGE);
      await reloadWithSettings(page, { scheme });
      const region = await openToolbar(page);
      const targets = [
        header(page).elder,
        region.getByRole("button", { name: "文字放大" }),
        region.getByRole("link", { name: "帮助" }),
        page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "首页" }),
        page.getByRole("navigation", { name: "本节目录" }).getByRole("link").first(),
        page.getByRole("navigation", { name: "上一节和下一节" }).getByRole("link").first(),
      ];
      const results: string[] = [];
      await page.keyboard.press("Shift"); // keyboard modality, as a keyboard user's focus
      for (const target of targets) {
        const ring = await focusRingContrast(target);
        expect(ring.focusVisible).toBe(true);
        expect(ring.ratio, ring.bands.join("; ")).toBeGreaterThanOrEqual(7);
        results.push(ring.ratio.toFixed(2));
      }
      test.info().annotations.push({ type: `focus ring contrast in ${scheme}`, description: results.join(", ") });
    });
  }

  test("links stay underlined, not told apart by colour alone, in every scheme", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    for (const scheme of SCHEMES) {
      await reloadWithSettings(page, { scheme });
      const decorations = await page.locator("main a").evaluateAll((links) => [...new Set(links.map((link) => getComputedStyle(link).textDecorationLine))]);
      expect(decorations, scheme).toEqual(["underline"]);
    }
  });
});

test.describe("the operating system's display settings are respected", () => {
  test("prefers-contrast: more starts in black on white until a scheme is chosen", async ({ page }) => {
    await page.emulateMedia({ contrast: "more" });
    await page.goto(SECTION_PAGE);
    const colours = () =>
      page.evaluate(() => ({
        ink: getComputedStyle(document.querySelector("main p")!).color,
        background: getComputedStyle(document.documentElement).backgroundColor,
        bar: getComputedStyle(document.querySelector("header > div:has(#display-modes-opener)")!).backgroundColor,
      }));
    expect(await colours()).toEqual({ ink: "rgb(0, 0, 0)", background: "rgb(255, 255, 255)", bar: "rgb(0, 0, 0)" });
    const region = await openToolbar(page);
    await expect(region.getByRole("radio", { name: "白底黑字" })).toBeChecked();
    await region.getByRole("radio", { name: "默认配色" }).check();
    await expect.poll(async () => (await colours()).ink).toBe("rgb(11, 12, 12)");
    await region.getByRole("radio", { name: "黑底黄字" }).check();
    await expect.poll(async () => (await colours()).ink).toBe("rgb(255, 255, 0)");
  });

  test("forced colours are never overridden, and controls keep visible edges and states", async ({ page }) => {
    await page.emulateMedia({ forcedColors: "active" });
    await page.goto(SECTION_PAGE);
    await reloadWithSettings(page, { scheme: "yellow-on-black", elder: "on" });
    const region = await openToolbar(page);
    await expect(region.getByText("系统已开启高对比度主题")).toBeVisible();
    // The system's colours win over the chosen scheme.
    expect(
      await page
        .locator("main p")
        .first()
        .evaluate((p) => getComputedStyle(p).color),
    ).not.toBe("rgb(255, 255, 0)");
    // The one exception is the QR code, an image whose dark-on-light modules scanners need.
    const overriding = await page.evaluate(
      () =>
        [...document.querySelectorAll("*")]
          .filter((element) => getComputedStyle(element).forcedColorAdjust === "none")
          .filter((element) => !element.closest("figure > svg[role=img]")).length,
    );
    expect(overriding).toBe(0);
    // Buttons, and the labels of the radios (配色, 语速), whose chosen state the system draws in the radio itself.
    const buttons = await page.locator("header button, header label").evaluateAll((elements) =>
      elements.map((button) => {
        const style = getComputedStyle(button);
        const tick = getComputedStyle(button, "::before");
        return {
          name: button.textContent,
          border: style.borderTopStyle !== "none" && parseFloat(style.borderTopWidth) >= 2,
          pressed: button.getAttribute("aria-pressed"),
          tickShown: tick.visibility === "visible" && tick.content.includes("✓"),
        };
      }),
    );
    // The header's two buttons and the open toolbar's controls: more than twenty in all.
    expect(buttons.length).toBeGreaterThan(20);
    for (const button of buttons) {
      expect(button.border, button.name ?? "").toBe(true);
      if (button.pressed !== null) expect(button.tickShown, button.name ?? "").toBe(button.pressed === "true");
    }
  });

  test("reduced motion: nothing on the page animates", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(SECTION_PAGE);
    await header(page).elder.click();
    const region = await openToolbar(page);
    await region.getByRole("button", { name: "十字线" }).click();
    await region.getByRole("button", { name: "大字幕" }).click();
    await page.mouse.move(200, 300);
    await expect(toolbarRegion(page)).toBeVisible();
    // Property changes still run as 0.01ms transitions (globals.css); nothing lasts longer.
    const moving = await page.evaluate(() =>
      document
        .getAnimations()
        .map((animation) => animation.effect?.getComputedTiming())
        .filter((timing) => Number(timing?.duration) > 1 || Number(timing?.iterations) > 1),
    );
    expect(moving).toEqual([]);
  });
});
