import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { absoluteUrl, AXE_TAGS, contentPages, routes, strings } from "./feature-pages";
import { modulesReady } from "./modules-helpers";

const SECTION = routes.section("zh-CN", "public-services");

test.describe("share: copy the link", () => {
  test("puts the page's full address on the clipboard, and says so visibly and in a live region", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto(SECTION);
    const tools = page.getByRole("region", { name: "分享与打印" });
    const status = tools.getByRole("status");
    await expect(status).toHaveAttribute("aria-live", "polite");
    await expect(status).toHaveText("");
    await tools.getByRole("button", { name: "复制本页链接" }).click();
    await expect(status).toHaveText("链接已复制，可以粘贴到微信或短信中发送。");
    await expect(status).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absoluteUrl(SECTION));
  });

  test("when the browser refuses the clipboard, selects the address for copying by hand and says how", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) } });
      document.execCommand = () => false;
    });
    await page.goto(SECTION);
    await page.getByRole("button", { name: "复制本页链接" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^无法自动复制。网址已选中，请按 Ctrl\+C 复制/);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(absoluteUrl(SECTION));
  });
});

test.describe("share: QR code", () => {
  test("every content page shows a named QR code that decodes to its address, with the address as text", async ({ page }) => {
    for (const { locale, path } of contentPages) {
      const { f } = strings(locale);
      await page.goto(path);
      const url = absoluteUrl(path);
      const tools = page.getByRole("region", { name: f("share.heading") });
      const qr = tools.getByRole("img", { name: f("share.qrLabel", { url }) });
      await expect(qr, path).toBeVisible();
      await expect(tools.getByRole("figure")).toContainText(f("share.qrCaption"));
      await expect(tools.getByText(url, { exact: true })).toBeVisible();
      // What a phone camera sees: the code as drawn on the screen.
      const picture = PNG.sync.read(await qr.screenshot());
      const decoded = jsQR(new Uint8ClampedArray(picture.data), picture.width, picture.height);
      expect(decoded?.data, path).toBe(url);
    }
  });

  test("uses no third-party script: every script comes from the site itself", async ({ page, baseURL }) => {
    const origins = new Set<string>();
    page.on("request", (request) => {
      if (request.resourceType() === "script") origins.add(new URL(request.url()).origin);
    });
    await page.goto(SECTION);
    await modulesReady(page);
    expect([...origins]).toEqual([new URL(baseURL!).origin]);
  });
});

test.describe("share without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("still offers the address and the QR code, and no button that could not work", async ({ page }) => {
    await page.goto(SECTION);
    const tools = page.getByRole("region", { name: "分享与打印" });
    await expect(tools.getByRole("img", { name: /^本页网址的二维码/ })).toBeVisible();
    await expect(tools.getByText(absoluteUrl(SECTION), { exact: true })).toBeVisible();
    await expect(tools.getByRole("button")).toHaveCount(0);
  });
});

test.describe("accessibility of the new parts of content pages", () => {
  for (const path of [routes.home("zh-CN"), SECTION]) {
    test(`${path}: share and print tools and key targets have no WCAG 2.2 A/AA or best-practice violations`, async ({ page }) => {
      await page.goto(path);
      await page.getByRole("button", { name: "复制本页链接" }).waitFor();
      const results = await new AxeBuilder({ page })
        .include("section[aria-labelledby=page-tools-heading]")
        .include(".key-targets")
        .withTags(AXE_TAGS)
        .analyze();
      expect(results.violations).toEqual([]);
    });
  }
});
