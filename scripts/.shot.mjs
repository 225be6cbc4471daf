import { chromium } from "@playwright/test";
const [,, url, out, w = "1280", extra = ""] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const page = await browser.newPage({ viewport: { width: Number(w), height: 900 }, javaScriptEnabled: !extra.includes("nojs") });
await page.goto(url);
if (extra.includes("tab")) { await page.keyboard.press("Tab"); }
await page.screenshot({ path: out, fullPage: !extra.includes("viewport") });
console.log(await page.evaluate(() => document.documentElement.scrollWidth));
await browser.close();
