import puppeteer, { type Browser, type CDPSession, type Page } from "puppeteer-core";
import { MODULES_PUBLIC_PATH } from "../lib/modules/bundle";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/support/chromium";

/**
 * What Lighthouse does not measure: a reader tapping the controls and moving through the
 * site on a phone, under Lighthouse's mobile conditions (150 ms round trip, 1.6 Mbps down,
 * 750 kbps up, CPU slowed 4×), in headless Chromium driven over the DevTools protocol.
 */

const MOBILE = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

async function throttle(client: CDPSession) {
  await client.send("Network.enable");
  await client.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await client.send("Emulation.setCPUThrottlingRate", { rate: 4 });
}

async function withBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Installed before the page's own scripts: the time of each tap (its pointerdown event's
 * timestamp) and of the first frame drawn after the page changed because of it (a
 * MutationObserver on the attributes the controls change, started at the first tap, then
 * the end of the next frame).
 */
const TAP_PROBE = `
  window.__tap = { start: 0, effect: 0 };
  var watching = false;
  addEventListener("pointerdown", function (event) {
    window.__tap = { start: event.timeStamp, effect: 0 };
    if (watching) return;
    watching = true;
    new MutationObserver(function () {
      var tap = window.__tap;
      // After the next frame has been drawn: requestAnimationFrame runs before that frame's
      // style, layout and paint; a message posted from it arrives once they are done.
      if (tap.start && !tap.effect) requestAnimationFrame(function () {
        var channel = new MessageChannel();
        channel.port1.onmessage = function () { if (!tap.effect) tap.effect = performance.now(); };
        channel.port2.postMessage(0);
      });
    }).observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ["data-elder", "data-scheme", "data-toolbar-open", "aria-expanded", "aria-pressed"] });
  }, true);
`;

export type TapControl = "长者助手" | "无障碍" | "黑底黄字";

export interface TapFigures {
  control: TapControl;
  /** Milliseconds from the tap to the first frame showing its effect, one per fresh page load. */
  samples: number[];
  /** Milliseconds from navigation to the controls being ready (the modules started). */
  ready: number[];
}

async function tapOn(page: Page, selector: string): Promise<number> {
  await page.evaluate(() => ((window as unknown as { __tap: object }).__tap = { start: 0, effect: 0 }));
  const box = await (await page.waitForSelector(selector, { visible: true }))!.boundingBox();
  if (!box) throw new Error(`${selector} has no box to tap`);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => (window as unknown as { __tap: { effect: number } }).__tap.effect > 0, { timeout: 10_000 });
  return page.evaluate(() => {
    const tap = (window as unknown as { __tap: { start: number; effect: number } }).__tap;
    return tap.effect - tap.start;
  });
}

const SELECTORS: Record<TapControl, string> = {
  长者助手: "button[data-mode-toggle='elder']",
  无障碍: "button[data-toolbar-toggle]",
  黑底黄字: "label:has(input[value='yellow-on-black'])",
};

/** Each control tapped first thing on a freshly loaded page (the toolbar opened first for the scheme), `runs` times. */
export async function measureFirstTaps(url: string, runs: number): Promise<TapFigures[]> {
  return withBrowser(async (browser) => {
    const figures: TapFigures[] = [];
    for (const control of Object.keys(SELECTORS) as TapControl[]) {
      const result: TapFigures = { control, samples: [], ready: [] };
      for (let run = 0; run < runs; run += 1) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport(MOBILE);
        await throttle(await page.createCDPSession());
        await page.evaluateOnNewDocument(TAP_PROBE);
        await page.goto(url, { waitUntil: "load" });
        await page.waitForSelector("html[data-modules-ready]");
        result.ready.push(
          await page.evaluate(() => {
            const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
            return navigation.domContentLoadedEventEnd;
          }),
        );
        if (control === "黑底黄字") await tapOn(page, SELECTORS.无障碍);
        result.samples.push(await tapOn(page, SELECTORS[control]));
        await context.close();
      }
      figures.push(result);
    }
    return figures;
  });
}

export interface VisitFigures {
  steps: { step: string; ownScript: number; otherScript: number; requests: string[] }[];
}

/** Records the bytes each script response took on the wire (encoded: as compressed), by URL. */
function recordScripts(client: CDPSession) {
  const types = new Map<string, { url: string; script: boolean }>();
  const bytes: { url: string; bytes: number }[] = [];
  client.on("Network.responseReceived", (event) => {
    types.set(event.requestId, {
      url: event.response.url,
      script: event.type === "Script" || event.response.url.endsWith(".js") || event.response.url.endsWith(".wasm"),
    });
  });
  client.on("Network.loadingFinished", (event) => {
    const response = types.get(event.requestId);
    if (response?.script) bytes.push({ url: response.url, bytes: event.encodedDataLength });
  });
  return () => bytes.splice(0, bytes.length);
}

/**
 * A visit to a section page as a reader makes it, with a cold cache: load, scroll to the
 * end, tap 长者助手, 无障碍 and a scheme, then the next section. Then the search page: load
 * and one search. For each step, the script bytes fetched: the site's own modules, and
 * anything else (Pagefind's files).
 */
export async function measureVisit(origin: string): Promise<VisitFigures> {
  return withBrowser(async (browser) => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(MOBILE);
    const client = await page.createCDPSession();
    await throttle(client);
    const take = recordScripts(client);
    const steps: VisitFigures["steps"] = [];
    const step = async (name: string, action: () => Promise<unknown>) => {
      await action();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const fetched = take();
      const own = fetched.filter((entry) => new URL(entry.url).pathname.startsWith(MODULES_PUBLIC_PATH));
      const sum = (list: { bytes: number }[]) => list.reduce((total, entry) => total + entry.bytes, 0);
      steps.push({ step: name, ownScript: sum(own), otherScript: sum(fetched) - sum(own), requests: fetched.map((entry) => new URL(entry.url).pathname) });
    };
    await page.evaluateOnNewDocument(TAP_PROBE);
    await step("load a section page", () => page.goto(`${origin}/sections/biomedicine/`, { waitUntil: "networkidle0" }));
    await step("scroll to the end and back", async () => {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.evaluate(() => window.scrollTo(0, 0));
    });
    await step("tap 长者助手", () => tapOn(page, SELECTORS.长者助手));
    await step("tap 无障碍", () => tapOn(page, SELECTORS.无障碍));
    await step("tap 黑底黄字", () => tapOn(page, SELECTORS.黑底黄字));
    await step("open the next section", () => page.goto(`${origin}/sections/tourism/`, { waitUntil: "networkidle0" }));
    await step("open the search page", () => page.goto(`${origin}/search/`, { waitUntil: "networkidle0" }));
    await step("search for 中医药", async () => {
      await page.type("input[type=search]", "中医药");
      await page.click("button[type=submit]");
      await page.waitForFunction(() => document.querySelectorAll(".search-result").length > 0, { timeout: 30_000 });
    });
    await context.close();
    return { steps };
  });
}
