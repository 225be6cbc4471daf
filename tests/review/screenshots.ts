/**
 * Screenshots of the built site in every display mode, for people to look at.
 *
 *   npx tsx tests/review/screenshots.ts                     the review set in docs/review/
 *   npx tsx tests/review/screenshots.ts --all DIR [EXPORT]  every page × mode × width, into DIR (those missing there;
 *                                                     SHOTS=biomedicine: only the names containing a word)
 *   npx tsx tests/review/screenshots.ts --compare A B       which screenshots differ, and by how many pixels
 *
 * `--all` takes an export folder (default out/), so that the export of an older commit,
 * kept aside, can be photographed the same way: a change of styling that should not
 * change the look is compared pixel by pixel, page by page, mode by mode (`--compare`
 * writes an image of each difference beside B, in B/diff/). Needs `npm run build:preview` first.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { STORAGE_KEY, TOOLBAR_KEY, type StoredSettings } from "@/lib/display-modes/modes";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/tests/support/chromium";
import { serveStatic } from "@/tests/support/static-server";

interface Shot {
  name: string;
  path: string;
  width: number;
  height?: number;
  settings?: StoredSettings;
  toolbarOpen?: boolean;
  /** Full page (the default for --all) or the first screen only. */
  fullPage?: boolean;
  media?: Parameters<Page["emulateMedia"]>[0];
  /** What the reader does before the picture is taken. */
  act?: (page: Page) => Promise<void>;
}

const SECTION = "/sections/biomedicine/";

/** A speech engine that says nothing and never ends a sentence: the page highlights the one it is reading. */
const SILENT_SPEECH = () => {
  class Utterance {
    rate = 1;
    lang = "";
    voice = null;
    onend = null;
    onerror = null;
    constructor(public text: string) {}
  }
  const voices = [{ name: "zh", lang: "zh-CN", localService: true, default: true, voiceURI: "zh" }];
  const synth = { speak() {}, cancel() {}, pause() {}, resume() {}, getVoices: () => voices, addEventListener() {}, removeEventListener() {} };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
};

const pointAt = (selector: string) => async (page: Page) => {
  const box = await page.locator(selector).first().boundingBox();
  if (box) await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.waitForTimeout(300);
};

/** The six pictures reviewers look at (docs/review/). */
const REVIEW: Shot[] = [
  { name: "section-default-toolbar-open", path: SECTION, width: 960, height: 640, toolbarOpen: true },
  { name: "section-elder-mode", path: SECTION, width: 960, height: 640, settings: { elder: "on" } },
  {
    name: "section-black-on-white-reading-aloud",
    path: SECTION,
    width: 960,
    height: 640,
    settings: { scheme: "black-on-white" },
    toolbarOpen: true,
    act: async (page) => {
      await page.getByRole("button", { name: "连读" }).click();
      await page.waitForTimeout(300);
    },
  },
  {
    name: "section-white-on-black-caption-bar",
    path: SECTION,
    width: 960,
    height: 640,
    settings: { scheme: "white-on-black", "caption-bar": "on", guides: "on" },
    act: async (page) => {
      await page.evaluate(() => window.scrollTo(0, 500));
      await pointAt("main .prose p")(page);
    },
  },
  { name: "section-yellow-on-black-elder", path: SECTION, width: 960, height: 640, settings: { scheme: "yellow-on-black", elder: "on" } },
  { name: "section-320px-elder-200-percent", path: SECTION, width: 320, height: 640, settings: { elder: "on", "text-scale": "200" } },
];

const PAGES = ["/", SECTION, "/projects/", "/search/", "/accessibility/", "/accessibility/help/", "/no-such-page/", "/en/sections/tourism/", "/zh-hk/"];

const MODES: { name: string; settings?: StoredSettings; toolbarOpen?: boolean }[] = [
  { name: "default" },
  { name: "toolbar", toolbarOpen: true },
  { name: "elder", settings: { elder: "on" } },
  { name: "elder-toolbar", settings: { elder: "on" }, toolbarOpen: true },
  { name: "black-on-white", settings: { scheme: "black-on-white" }, toolbarOpen: true },
  { name: "white-on-black", settings: { scheme: "white-on-black" }, toolbarOpen: true },
  { name: "yellow-on-black", settings: { scheme: "yellow-on-black", elder: "on" } },
  { name: "text-200", settings: { "text-scale": "200" } },
  { name: "line-spacing", settings: { "line-spacing": "wide" } },
  { name: "text-only", settings: { "text-only": "on", scheme: "white-on-black" } },
];

/** Every page in every mode at two widths, and the states a mode cannot show at rest. */
function everyShot(): Shot[] {
  const shots: Shot[] = [];
  for (const width of [1280, 320])
    for (const page of PAGES)
      for (const mode of MODES) {
        if (width === 320 && !["default", "toolbar", "elder", "elder-toolbar", "text-200"].includes(mode.name)) continue;
        const slug = page.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "home";
        shots.push({ name: `${width}-${slug}-${mode.name}`, path: page, width, settings: mode.settings, toolbarOpen: mode.toolbarOpen, fullPage: true });
      }
  const focus = (name: string, locate: (page: Page) => ReturnType<Page["locator"]>, extra: Partial<Shot> = {}): Shot => ({
    name: `focus-${name}`,
    path: SECTION,
    width: 1280,
    height: 800,
    toolbarOpen: true,
    ...extra,
    act: async (page) => {
      await page.keyboard.press("Tab");
      await locate(page).focus();
    },
  });
  shots.push(
    focus("skip-link", (page) => page.getByRole("link", { name: /跳到正文|跳转到正文|正文/ }).first()),
    focus("header-button", (page) => page.getByRole("button", { name: "长者助手" })),
    focus("scheme-radio", (page) => page.getByRole("radio", { name: "黑底白字" })),
    focus("toolbar-link", (page) => page.getByRole("link", { name: "帮助", exact: true })),
    focus("language", (page) => page.getByRole("link", { name: "简体中文" })),
    focus("toc-link", (page) => page.locator("main nav a").first()),
    focus("yellow-header-button", (page) => page.getByRole("button", { name: "无障碍", exact: true }), { settings: { scheme: "yellow-on-black" } }),
    {
      name: "pressed-elder",
      path: SECTION,
      width: 1280,
      height: 800,
      toolbarOpen: true,
      act: (page) => page.getByRole("button", { name: "长者助手" }).click(),
    },
    { name: "pressed-reading-aids", path: SECTION, width: 1280, height: 800, toolbarOpen: true, settings: { "line-spacing": "wide", "text-only": "on" } },
    { name: "text-scale-max", path: SECTION, width: 1280, height: 800, toolbarOpen: true, settings: { "text-scale": "200" } },
    { name: "guides-caption", path: SECTION, width: 1280, height: 800, settings: { guides: "on", "caption-bar": "on" }, act: pointAt("main .prose p") },
    {
      name: "caption-elder-yellow",
      path: SECTION,
      width: 1280,
      height: 800,
      settings: { "caption-bar": "on", elder: "on", scheme: "yellow-on-black" },
      act: pointAt("main .prose p"),
    },
    { name: "print-section", path: SECTION, width: 1280, fullPage: true, settings: { elder: "on", scheme: "yellow-on-black" }, media: { media: "print" } },
    { name: "print-home", path: "/", width: 1280, fullPage: true, media: { media: "print" } },
    { name: "forced-colors", path: SECTION, width: 1280, fullPage: true, toolbarOpen: true, settings: { elder: "on" }, media: { forcedColors: "active" } },
    { name: "prefers-contrast", path: "/", width: 1280, height: 900, toolbarOpen: true, media: { contrast: "more" } },
    {
      name: "search-results",
      path: "/search/?q=%E6%97%85%E6%B8%B8",
      width: 1280,
      fullPage: true,
      act: (page) => page.getByRole("heading", { level: 3 }).first().waitFor(),
    },
    {
      name: "copy-link",
      path: SECTION,
      width: 1280,
      height: 900,
      act: async (page) => {
        await page.getByRole("button", { name: "复制本页链接" }).click();
        await page.getByRole("button", { name: "复制本页链接" }).scrollIntoViewIfNeeded();
      },
    },
    { name: "project-target", path: "/projects/#project-3", width: 1280, height: 800 },
    { name: "no-javascript", path: SECTION, width: 1280, fullPage: true },
  );
  return shots;
}

async function take(browser: Browser, origin: string, shot: Shot, file: string) {
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.height ?? 800 },
    locale: "zh-CN",
    javaScriptEnabled: shot.name !== "no-javascript",
    reducedMotion: "reduce",
  });
  await context.addInitScript(SILENT_SPEECH);
  await context.addInitScript(
    ([storageKey, toolbarKey, settings, open]) => {
      localStorage.setItem(storageKey, settings);
      if (open) sessionStorage.setItem(toolbarKey, "open");
    },
    [STORAGE_KEY, TOOLBAR_KEY, JSON.stringify(shot.settings ?? {}), Boolean(shot.toolbarOpen)] as const,
  );
  const page = await context.newPage();
  await page.emulateMedia(shot.media ?? {});
  await page.goto(origin + shot.path);
  if (shot.name !== "no-javascript") await page.locator("html[data-modules-ready]").waitFor({ state: "attached" });
  await page.evaluate(() => document.fonts.ready);
  await shot.act?.(page);
  await page.waitForTimeout(100);
  await page.screenshot({ path: file, fullPage: shot.fullPage ?? false, animations: "disabled", caret: "hide" });
  await context.close();
}

async function photograph(shots: Shot[], dir: string, exportDir: string, keep = false) {
  fs.mkdirSync(dir, { recursive: true });
  const server = await serveStatic(path.resolve(exportDir), Number(process.env.SCREENSHOT_PORT ?? 4790));
  const browser = await chromium.launch(fs.existsSync(CHROMIUM_PATH) ? { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } : {});
  try {
    for (const shot of shots) {
      const file = path.join(dir, `${shot.name}.png`);
      if (!keep || !fs.existsSync(file)) await take(browser, server.origin, shot, file);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`${shots.length} screenshots in ${dir}`);
}

/** The pixels that differ between two screenshots (a different size counts every pixel). */
function compare(before: string, after: string, diffDir: string) {
  let same = 0;
  const changed: string[] = [];
  fs.mkdirSync(diffDir, { recursive: true });
  for (const name of fs
    .readdirSync(before)
    .filter((file) => file.endsWith(".png"))
    .sort()) {
    const otherFile = path.join(after, name);
    if (!fs.existsSync(otherFile)) {
      changed.push(`${name}: missing`);
      continue;
    }
    const a = PNG.sync.read(fs.readFileSync(path.join(before, name)));
    const b = PNG.sync.read(fs.readFileSync(otherFile));
    if (a.width !== b.width || a.height !== b.height) {
      changed.push(`${name}: ${a.width}×${a.height} → ${b.width}×${b.height}`);
      continue;
    }
    const diff = new PNG({ width: a.width, height: a.height });
    let pixels = 0;
    for (let i = 0; i < a.data.length; i += 4) {
      const differs = a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2];
      if (differs) pixels++;
      diff.data[i] = differs ? 255 : a.data[i]! / 3 + 170;
      diff.data[i + 1] = differs ? 0 : a.data[i + 1]! / 3 + 170;
      diff.data[i + 2] = differs ? 0 : a.data[i + 2]! / 3 + 170;
      diff.data[i + 3] = 255;
    }
    if (pixels === 0) same++;
    else {
      changed.push(`${name}: ${pixels} pixels`);
      fs.writeFileSync(path.join(diffDir, name), PNG.sync.write(diff));
    }
  }
  console.log(`${same} identical, ${changed.length} different`);
  for (const line of changed) console.log(`  ${line}`);
  return changed.length;
}

async function main() {
  const [mode, first, second] = process.argv.slice(2);
  if (mode === "--compare" && first && second) process.exitCode = compare(first, second, path.join(second, "diff")) ? 1 : 0;
  else if (mode === "--all" && first) {
    // SHOTS=<words>: only the pictures whose names contain one of them (e.g. SHOTS=biomedicine).
    const only = process.env.SHOTS?.split(/[\s,]+/).filter(Boolean);
    const shots = everyShot().filter((shot) => !only || only.some((word) => shot.name.includes(word)));
    await photograph(shots, first, second ?? "out", true);
  } else await photograph(REVIEW, "docs/review", "out");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
