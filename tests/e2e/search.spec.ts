import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { AXE_TAGS, contentPages, routes, strings } from "./feature-pages";

const SEARCH = routes.search("zh-CN");

async function search(page: Page, query: string) {
  await page.getByRole("searchbox", { name: "请输入要查找的词语" }).fill(query);
  await page.getByRole("button", { name: "搜索", exact: true }).click();
}

test.describe("site search", () => {
  test("every page header links to the search page", async ({ page }) => {
    for (const { locale, path } of [...contentPages, { locale: "zh-CN" as const, path: SEARCH }]) {
      const { t, f } = strings(locale);
      await page.goto(path);
      const nav = page.getByRole("navigation", { name: t("header.navLabel") });
      await expect(nav.getByRole("link", { name: f("nav.search"), exact: true }), path).toHaveAttribute("href", routes.search(locale));
    }
  });

  test("the search page has a labelled search landmark, and nothing takes focus on arrival", async ({ page }) => {
    await page.goto(SEARCH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("站内搜索");
    const form = page.getByRole("search", { name: "站内搜索" });
    await expect(form.getByRole("searchbox", { name: "请输入要查找的词语" })).toBeVisible();
    await expect(form.getByRole("button", { name: "搜索", exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  test("searching 中医药 lists section (一) first, with its title, a highlighted excerpt and a polite count", async ({ page }) => {
    await page.goto(SEARCH);
    const status = page.getByRole("main").getByRole("status");
    await expect(status).toHaveAttribute("aria-live", "polite");
    await search(page, "中医药");
    await expect(status).toHaveText(/^找到 \d+ 个与“中医药”相关的页面。$/);
    const results = page.getByRole("region", { name: "搜索结果" }).getByRole("list").first().locator("> li");
    const count = Number((await status.textContent())?.match(/\d+/)?.[0]);
    await expect(results).toHaveCount(count);
    const first = results.first();
    await expect(first.getByRole("heading", { level: 3 })).toHaveText("（一）实施重大产业平台“头号工程”，打造湾区生物医药中心。");
    await expect(first.getByRole("link").first()).toHaveAttribute("href", "/sections/biomedicine/");
    await expect(first.locator(".search-result__excerpt mark").first()).toBeVisible();
    // The address keeps the query, so the search can be reloaded or shared.
    expect(new URL(page.url()).searchParams.get("q")).toBe("中医药");
  });

  test("a query with no hits says so in the status", async ({ page }) => {
    await page.goto(SEARCH);
    await search(page, "火星");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("没有找到与“火星”相关的内容。请换一个词语再试，或从首页的目录浏览。");
    await expect(page.getByRole("region", { name: "搜索结果" }).getByRole("list").first()).toHaveCount(0);
  });

  test("an empty search asks for words instead of searching", async ({ page }) => {
    await page.goto(SEARCH);
    await page.getByRole("button", { name: "搜索", exact: true }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("请输入要查找的词语。");
  });

  test("a ?q= address runs the search on arrival, without moving focus", async ({ page }) => {
    await page.goto(`${SEARCH}?q=${encodeURIComponent("民生实事")}`);
    await expect(page.getByRole("searchbox", { name: "请输入要查找的词语" })).toHaveValue("民生实事");
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^找到 \d+ 个与“民生实事”相关的页面。$/);
    const results = page.getByRole("region", { name: "搜索结果" }).getByRole("list").first();
    await expect(results.getByRole("heading", { level: 3, name: "十件民生实事", exact: true }).getByRole("link")).toHaveAttribute("href", "/projects/");
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  test("works with the keyboard alone: from the header link to the search field, the results and a result page", async ({ page }) => {
    await page.goto(routes.home("zh-CN"));
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.id || "");
    for (let presses = 0; presses < 30 && (await focused()) !== "搜索"; presses += 1) await page.keyboard.press("Tab");
    expect(await focused()).toBe("搜索");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${SEARCH}$`));
    const field = page.getByRole("searchbox", { name: "请输入要查找的词语" });
    for (let presses = 0; presses < 30 && !(await field.evaluate((element) => element === document.activeElement)); presses += 1) {
      await page.keyboard.press("Tab");
    }
    await expect(field).toBeFocused();
    await page.keyboard.type("中医药");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^找到 \d+ 个/);
    await expect(field).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "搜索", exact: true })).toBeFocused();
    await page.keyboard.press("Tab");
    const firstResult = page.getByRole("region", { name: "搜索结果" }).getByRole("list").first().getByRole("link").first();
    await expect(firstResult).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/sections\/biomedicine\/$/);
  });

  test("has no WCAG 2.2 A/AA or best-practice violations, before and after a search", async ({ page }) => {
    await page.goto(SEARCH);
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
    await search(page, "中医药");
    await expect(page.getByRole("region", { name: "搜索结果" }).getByRole("list").first()).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
  });
});

test.describe("site search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("explains that search needs JavaScript, and offers the contents instead", async ({ page }) => {
    await page.goto(`${SEARCH}?q=${encodeURIComponent("中医药")}`);
    await expect(page.getByText("站内搜索需要浏览器开启 JavaScript。")).toBeVisible();
    await expect(page.getByRole("link", { name: "查看工作安排目录" })).toHaveAttribute("href", "/#sections");
  });
});

test("with JavaScript, the explanation that search needs it is gone", async ({ page }) => {
  await page.goto(SEARCH);
  await expect(page.getByRole("search")).toBeVisible();
  await expect(page.getByText("站内搜索需要浏览器开启 JavaScript。")).toBeHidden();
});
