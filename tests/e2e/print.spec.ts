import { expect, test } from "@playwright/test";
import { absoluteUrl, routes } from "./feature-pages";
import { SITE_URL } from "@/lib/seo/site-url";

const SECTION = routes.section("zh-CN", "biomedicine");

test.describe("printing a page", () => {
  test("leaves out the header, navigation, skip link, breadcrumb, share tools, pager and footer", async ({ page }) => {
    await page.goto(SECTION);
    await page.getByRole("button", { name: "打印本页" }).waitFor();
    const leftOut = [
      page.getByRole("banner"),
      page.getByRole("navigation", { name: "主导航" }),
      page.getByRole("link", { name: "跳到正文" }),
      page.getByRole("navigation", { name: "您当前的位置" }),
      page.getByRole("button", { name: "复制本页链接" }),
      page.getByRole("button", { name: "打印本页" }),
      page.getByRole("img", { name: /^本页网址的二维码/ }),
      page.getByRole("navigation", { name: "上一节和下一节" }),
      page.getByRole("contentinfo"),
    ];
    // Each is in the page on screen, so that hidden in print means left out, not missing.
    for (const part of leftOut) await expect(part).toHaveCount(1);
    await page.emulateMedia({ media: "print" });
    for (const part of leftOut) await expect(part).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("抢抓“双区驱动”战略机遇")).toBeVisible();
  });

  test("prints black text on white, headings kept with what follows", async ({ page }) => {
    await page.goto(SECTION);
    await page.emulateMedia({ media: "print" });
    const style = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const computed = getComputedStyle(element);
          return { color: computed.color, background: computed.backgroundColor, breakAfter: computed.breakAfter };
        });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe("rgb(255, 255, 255)");
    for (const selector of ["body", "h1", "main p", "nav:has(> #toc-heading) a"]) {
      expect((await style(selector)).color, selector).toBe("rgb(0, 0, 0)");
    }
    expect((await style("nav:has(> #toc-heading)")).background).toBe("rgba(0, 0, 0, 0)");
    expect((await style(".prose h2")).breakAfter).toBe("avoid");
  });

  test("prints the address after each link, and the page's full address with the site's base once", async ({ page }) => {
    await page.goto(routes.home("zh-CN"));
    await page.getByRole("button", { name: "打印本页" }).waitFor();
    await page.emulateMedia({ media: "print" });
    // By text, not by accessible name: in print the printed address becomes part of the name.
    const printedAfter = (text: string) =>
      page
        .locator("main a")
        .filter({ hasText: text })
        .first()
        .evaluate((element) => getComputedStyle(element, "::after").content);
    expect(await printedAfter("（一）实施重大产业平台“头号工程”，打造湾区生物医药中心。")).toBe('" (/sections/biomedicine/)"');
    // The key-target links carry a text fragment on screen; paper shows the paragraph's address.
    expect(await printedAfter("“完成工业投资14亿元”")).toBe('" (/sections/investment/#key-industrial-projects)"');
    await expect(page.getByText(`本页网址：${absoluteUrl("/")}`, { exact: true }).filter({ visible: true })).toHaveCount(1);
    await expect(page.getByText(`括号中的站内地址前加上 ${SITE_URL} 即为完整网址。`)).toBeVisible();
  });

  test("on screen, the note for printed addresses is not shown", async ({ page }) => {
    await page.goto(routes.home("zh-CN"));
    const note = page.getByText(`括号中的站内地址前加上 ${SITE_URL} 即为完整网址。`);
    await expect(note).toHaveCount(1);
    await expect(note).toBeHidden();
  });

  test("the 打印本页 button opens the browser's print dialog", async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.goto(SECTION);
    // Pressed at once, before the page's script has loaded: the press is kept and carried out.
    await page.getByRole("button", { name: "打印本页" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });
});
