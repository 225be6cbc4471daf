import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { STORAGE_KEY, type StoredSettings } from "../../lib/display-modes/modes";
import { AXE_TAGS } from "./feature-pages";
import { modulesReady } from "./modules-helpers";
import { MISSING_PAGE, pagesOf } from "../support/pages";

/** Every page of the Simplified Chinese site that the display modes must work on. */
export const PAGES = [...pagesOf("zh-CN"), MISSING_PAGE];
export const SECTION_PAGE = "/sections/biomedicine/";
/** The same section in Traditional characters. */
export const TRADITIONAL_SECTION = `/zh-hk${SECTION_PAGE}`;
export const SCHEMES = ["default", "black-on-white", "white-on-black", "yellow-on-black"] as const;

/** Starts every page of this context with these settings stored, as a returning visitor. */
export async function storeSettingsBeforeLoad(context: BrowserContext, settings: StoredSettings) {
  await context.addInitScript(
    ([key, value]) => {
      // Only once per tab, so that what the test then changes is not undone on navigation.
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem(key, value);
    },
    [STORAGE_KEY, JSON.stringify(settings)] as const,
  );
}

/** Stores settings in the current page and reloads it, as the resident would see it next time. */
export async function reloadWithSettings(page: Page, settings: StoredSettings) {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(settings)] as const);
  await page.reload();
}

export const header = (page: Page) => ({
  elder: page.getByRole("button", { name: "长者助手" }),
  opener: page.getByRole("button", { name: "无障碍", exact: true }),
});
/** The display modes' live region (other parts of a page, e.g. share, have their own). */
export const modesStatus = (page: Page) => page.locator('[role="status"][data-modes-status]');

export const toolbarRegion = (page: Page) => page.getByRole("region", { name: "无障碍工具栏" });

/**
 * Opens the toolbar once the page's modules have started (its controls are invisible
 * until then), unless it is open already (the reader left it open).
 */
export async function openToolbar(page: Page): Promise<Locator> {
  const { opener } = header(page);
  await expect(opener).toBeVisible();
  await modulesReady(page);
  if ((await opener.getAttribute("aria-expanded")) !== "true") await opener.click();
  await expect(opener).toHaveAttribute("aria-expanded", "true");
  const region = toolbarRegion(page);
  await expect(region).toBeVisible();
  return region;
}

/** axe with WCAG 2.2 A/AA, best practice (AXE_TAGS) and the AAA contrast rule (color-contrast-enhanced). */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    // One options object: AxeBuilder's withTags() and options() each replace what the other set.
    .options({
      runOnly: { type: "tag", values: AXE_TAGS },
      // Tagged wcag2aaa, so outside AXE_TAGS: switched on by name.
      rules: { "color-contrast-enhanced": { enabled: true } },
      // Only violations are reported in detail: much faster than the default.
      resultTypes: ["violations"],
    })
    .analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
  }));
}

/** Fails if the page scrolls sideways (WCAG 1.4.10 reflow): its content is wider than the window. */
export async function expectNoSidewaysScroll(page: Page, label?: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, label).toBeLessThanOrEqual(0);
}

export interface TextContrast {
  count: number;
  lowest: number;
  worst: { text: string; ratio: number; color: string; background: string }[];
}

type RGB = [number, number, number];

/** The WCAG 2.2 contrast ratio of two opaque sRGB colours (relative luminance, §1.4.3). */
export function contrastRatio(a: RGB, b: RGB): number {
  const luminance = ([r, g, bl]: RGB) => {
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The WCAG contrast ratio of every visible text node against the background actually
 * behind it (ancestors' background colours, composited), from computed colours.
 */
export async function textContrast(page: Page): Promise<TextContrast> {
  const texts = await page.evaluate(() => {
    type RGBA = [number, number, number, number];
    const parse = (value: string): RGBA => {
      const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
      if (!match?.[1]) throw new Error(`unexpected colour format: ${value}`);
      const parts = match[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const over = (top: RGBA, bottom: RGBA): RGBA => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / (a || 1);
      return [mix(0), mix(1), mix(2), a];
    };
    const backgroundBehind = (element: Element): RGBA => {
      const layers: RGBA[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] >= 1) break;
      }
      return layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const found: { text: string; colour: RGBA; background: RGBA; color: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      if (["SCRIPT", "STYLE", "NOSCRIPT"].includes(element.tagName)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (![...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0)) continue;
      const background = backgroundBehind(element);
      const color = getComputedStyle(element).color;
      found.push({ text: node.textContent.trim().slice(0, 30), colour: over(parse(color), background), background, color });
    }
    return found;
  });
  const results = texts
    .map(({ text, colour, background, color }) => ({
      text,
      ratio: Math.round(contrastRatio([colour[0], colour[1], colour[2]], [background[0], background[1], background[2]]) * 100) / 100,
      color,
      background: `rgb(${background.slice(0, 3).map(Math.round).join(", ")})`,
    }))
    .sort((a, b) => a.ratio - b.ratio);
  return { count: results.length, lowest: results[0]?.ratio ?? Infinity, worst: results.slice(0, 3) };
}

/**
 * The focus indicator that focus gives `target`: its styles are read unfocused, then it is
 * focused and read again, and only what focus changed counts. The result is the best
 * contrast, against the background around the element, of any band of the indicator at
 * least 2px thick: an outline, a box-shadow, or the element's own background.
 */
export async function focusRingContrast(target: Locator): Promise<{ ratio: number; focusVisible: boolean; bands: string[] }> {
  const read = () =>
    target.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        outline: `${style.outlineStyle}|${style.outlineWidth}|${style.outlineColor}`,
        boxShadow: style.boxShadow,
        background: style.backgroundColor,
      };
    });
  await target.page().evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const unfocused = await read();
  await target.focus();
  const focused = await target.evaluate((element, before) => {
    type Colour = [number, number, number];
    const parseAll = (value: string): { rgb: Colour; alpha: number }[] =>
      [...value.matchAll(/rgba?\(([^)]+)\)/g)].map((match) => {
        const parts = match[1]!
          .split(/[\s,/]+/)
          .filter(Boolean)
          .map(Number);
        return { rgb: [parts[0]!, parts[1]!, parts[2]!], alpha: parts[3] ?? 1 };
      });
    let around: Colour = [255, 255, 255];
    for (let node = element.parentElement; node; node = node.parentElement) {
      const [colour] = parseAll(getComputedStyle(node).backgroundColor);
      if (colour && colour.alpha >= 1) {
        around = colour.rgb;
        break;
      }
    }
    const style = getComputedStyle(element);
    const bands: { rgb: Colour; what: string }[] = [];
    if (`${style.outlineStyle}|${style.outlineWidth}|${style.outlineColor}` !== before.outline)
      if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2)
        for (const colour of parseAll(style.outlineColor)) if (colour.alpha >= 1) bands.push({ rgb: colour.rgb, what: "outline" });
    if (style.boxShadow !== "none" && style.boxShadow !== before.boxShadow) {
      // "rgb(…) 0px 4px 0px 0px, …": each shadow's colour, then x, y, blur and spread.
      // Its band is as thick as it reaches past the element on its widest side.
      for (const shadow of style.boxShadow.split(/,(?![^(]*\))/)) {
        const [colour] = parseAll(shadow);
        const [x = 0, y = 0, , spread = 0] = shadow
          .replace(/rgba?\([^)]*\)/, "")
          .trim()
          .split(/\s+/)
          .filter((part) => part !== "inset")
          .map(parseFloat);
        const thickness = spread + Math.max(Math.abs(x), Math.abs(y));
        if (colour && colour.alpha >= 1 && thickness >= 2) bands.push({ rgb: colour.rgb, what: `box-shadow ${thickness}px` });
      }
    }
    const [own] = parseAll(style.backgroundColor);
    if (own && own.alpha >= 1 && style.backgroundColor !== before.background) bands.push({ rgb: own.rgb, what: "background" });
    return { around, bands, focusVisible: element.matches(":focus-visible") };
  }, unfocused);
  const rated = focused.bands.map((band) => ({ ...band, ratio: contrastRatio(band.rgb, focused.around) }));
  return {
    ratio: Math.max(0, ...rated.map((band) => band.ratio)),
    focusVisible: focused.focusVisible,
    bands: rated.map((band) => `${band.what} rgb(${band.rgb.join(",")}) ${band.ratio.toFixed(2)}`),
  };
}

/** Every visible link and button, with its size. */
export function targetSizes(page: Page, selector = "a[href], button") {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => element.checkVisibility({ visibilityProperty: true }))
      .map((element) => {
        const rect = element.getBoundingClientRect();
        return { name: (element.textContent ?? "").trim().slice(0, 20), width: rect.width, height: rect.height, bottom: rect.bottom + scrollY };
      })
      // The skip link waits above the page until it is focused.
      .filter((target) => target.bottom > 0),
  );
}

/** Opens the toolbar of a 繁體 page (its names are in Traditional characters). */
export async function openTraditionalToolbar(page: Page): Promise<Locator> {
  await modulesReady(page);
  await page.getByRole("button", { name: "無障礙", exact: true }).click();
  const region = page.getByRole("region", { name: "無障礙工具欄" });
  await expect(region).toBeVisible();
  return region;
}
