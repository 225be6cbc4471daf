import { expect, test } from "@playwright/test";
import type { StoredSettings } from "../../lib/display-modes/modes";
import { PAGES, axeViolations, openToolbar, reloadWithSettings, textContrast } from "./display-modes-helpers";

/**
 * Every page in four configurations that together switch on every mode and every scheme,
 * with the toolbar open so that its own markup is checked in every scheme too.
 */
const CONFIGURATIONS: StoredSettings[] = [
  {},
  { scheme: "black-on-white", elder: "on", "text-only": "on" },
  { scheme: "white-on-black", "line-spacing": "wide", "text-scale": "200", cursor: "large", shortcuts: "on" },
  { scheme: "yellow-on-black", elder: "on", "caption-bar": "on", guides: "on" },
];

test.describe("every page, in every mode and scheme", () => {
  for (const path of PAGES) {
    test(`${path}: no axe violation (WCAG 2.2 A/AA, best practice, AAA contrast) and every text at least 7:1`, async ({ page }) => {
      await page.goto(path);
      for (const settings of CONFIGURATIONS) {
        const label = JSON.stringify(settings);
        await reloadWithSettings(page, settings);
        await openToolbar(page);
        if (settings["caption-bar"]) await expect(page.locator(".modes-caption-bar")).toBeVisible();
        expect(await axeViolations(page), label).toEqual([]);
        // Our own measure as well: the WCAG ratio of every visible text node against the
        // background behind it, from computed colours (WCAG 1.4.6: at least 7:1).
        const contrast = await textContrast(page);
        expect(contrast.count, label).toBeGreaterThan(40);
        expect(contrast.lowest, `${label} ${JSON.stringify(contrast.worst)}`).toBeGreaterThanOrEqual(7);
        test.info().annotations.push({ type: `lowest contrast ${label}`, description: String(contrast.lowest) });
      }
    });
  }
});
