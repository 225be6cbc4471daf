import { expect, test } from "@playwright/test";
import enModes from "../../locales/en/modes.json";
import zhModes from "../../locales/zh-CN/modes.json";
import { axeViolations, expectNoSidewaysScroll, storeSettingsBeforeLoad } from "./display-modes-helpers";
import { LANGUAGES } from "./i18n-pages";

/** The display modes' names as each language's reader sees them (繁體 is generated from 简体). */
const NAMES = {
  "zh-CN": { elder: zhModes.header.elder, toolbar: zhModes.header.toolbar, title: zhModes.toolbar.title },
  "zh-HK": { elder: "長者助手", toolbar: "無障礙", title: "無障礙工具欄" },
  en: { elder: enModes.header.elder, toolbar: enModes.header.toolbar, title: enModes.toolbar.title },
} as const;

for (const language of LANGUAGES) {
  test.describe(`${language.autonym} in the display modes`, () => {
    const names = NAMES[language.locale];
    const sectionPage = `${language.prefix}/sections/livelihood/`;

    test("a returning reader's elder mode and high-contrast scheme apply, with the controls in the page's language", async ({ page }) => {
      await storeSettingsBeforeLoad(page.context(), { elder: "on", scheme: "white-on-black" });
      await page.goto(sectionPage);
      const html = page.locator("html");
      await expect(html).toHaveAttribute("lang", language.locale);
      await expect(html).toHaveAttribute("data-elder", "on");
      await expect(html).toHaveAttribute("data-scheme", "white-on-black");
      await expect(page.getByRole("button", { name: names.elder })).toHaveAttribute("aria-pressed", "true");
      const opener = page.getByRole("button", { name: names.toolbar, exact: true });
      await opener.click();
      await expect(opener).toHaveAttribute("aria-expanded", "true");
      await expect(page.getByRole("region", { name: names.title })).toBeVisible();
      const fontSize = await page
        .locator("main .prose p")
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(24);
      // WCAG 2.2 A/AA, best practice and the AAA contrast rule, with the toolbar open.
      expect(await axeViolations(page)).toEqual([]);
    });

    test("the largest text still reflows with no horizontal scroll at 320px", async ({ page }) => {
      await storeSettingsBeforeLoad(page.context(), { elder: "on", "text-scale": "200" });
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(sectionPage);
      await expect(page.locator("html")).toHaveAttribute("data-text-scale", "200");
      await expectNoSidewaysScroll(page);
    });

    test("switching language keeps the reader's display modes", async ({ page }) => {
      await storeSettingsBeforeLoad(page.context(), { scheme: "yellow-on-black" });
      await page.goto(sectionPage);
      const other = LANGUAGES.find((l) => l.locale !== language.locale)!;
      await page.getByRole("link", { name: other.autonym }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", other.locale);
      await expect(page.locator("html")).toHaveAttribute("data-scheme", "yellow-on-black");
    });
  });
}
