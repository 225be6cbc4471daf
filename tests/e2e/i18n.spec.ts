import { expect, test } from "@playwright/test";
import { ALL_PAGES } from "../support/pages";
import { CJK, LANGUAGES, pageKey, pagesOf } from "./i18n-pages";
import { pageText } from "./page-text";

const [SIMPLIFIED, TRADITIONAL, ENGLISH] = LANGUAGES;

test("every language has the same pages: home, projects and every section", () => {
  const keys = LANGUAGES.map((language) => pagesOf(language).map((page) => pageKey(language, page)));
  expect(keys[0]).toEqual(expect.arrayContaining(["/", "/projects/", "/sections/tourism/"]));
  expect(keys[0]!.length).toBeGreaterThanOrEqual(11);
  expect(keys[1]).toEqual(keys[0]);
  expect(keys[2]).toEqual(keys[0]);
  expect(ALL_PAGES).toHaveLength(keys[0]!.length * LANGUAGES.length);
});

for (const language of LANGUAGES) {
  test(`every ${language.locale} page declares <html lang="${language.locale}"> and lists itself in every language`, async ({ page }) => {
    for (const path of pagesOf(language)) {
      await page.goto(path);
      await expect(page.locator("html"), path).toHaveAttribute("lang", language.locale);
      const alternates = await page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href") ?? "").pathname]));
      const key = pageKey(language, path);
      expect(alternates, path).toEqual([
        ["zh-CN", key],
        ["zh-HK", `/zh-hk${key}`],
        ["en", `/en${key}`],
        ["x-default", key],
      ]);
      await expect(page.locator('head link[rel="canonical"]'), path).toHaveAttribute("href", new RegExp(`${path.replace(/\//g, "\\/")}$`));
    }
  });
}

test.describe("the language switcher", () => {
  for (const language of LANGUAGES) {
    test(`names each language in itself on ${language.locale} pages, marking the current one`, async ({ page }) => {
      await page.goto(`${language.prefix}/projects/`);
      const switcher = page.getByRole("navigation", { name: language.switcherLabel, exact: true });
      for (const target of LANGUAGES) {
        const link = switcher.getByRole("link", { name: target.autonym, exact: true });
        await expect(link).toHaveAttribute("lang", target.locale);
        await expect(link).toHaveAttribute("hreflang", target.locale);
        await expect(link).toHaveAttribute("href", `${target.prefix}/projects/`);
        if (target === language) await expect(link).toHaveAttribute("aria-current", "true");
        else await expect(link).not.toHaveAttribute("aria-current");
      }
    });
  }

  test("keeps the reader on the same section and paragraph from one language to the next", async ({ page }) => {
    await page.goto("/sections/public-services/");
    await page.getByRole("navigation", { name: "本节目录" }).getByRole("link", { name: "大力发展教育事业。" }).click();
    await expect(page).toHaveURL(/\/sections\/public-services\/#education$/);

    await page.getByRole("link", { name: TRADITIONAL.autonym }).click();
    await expect(page).toHaveURL(/\/zh-hk\/sections\/public-services\/#education$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-HK");
    await expect(page.locator("#education")).toHaveText("大力發展教育事業。");
    await expect(page.locator("#education")).toBeInViewport();

    await page.getByRole("link", { name: ENGLISH.autonym }).click();
    await expect(page).toHaveURL(/\/en\/sections\/public-services\/#education$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("#education")).toHaveText("Vigorously develop education.");

    await page.getByRole("link", { name: SIMPLIFIED.autonym }).click();
    await expect(page).toHaveURL(/\/sections\/public-services\/#education$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  test("keeps the project reached through a link within the site", async ({ page }) => {
    await page.goto("/en/");
    await page.getByRole("link", { name: /^3\. Improve the water environment/ }).click();
    await expect(page).toHaveURL(/\/en\/projects\/#project-3$/);
    await page.getByRole("link", { name: TRADITIONAL.autonym }).click();
    await expect(page).toHaveURL(/\/zh-hk\/projects\/#project-3$/);
    await expect(page.getByRole("heading", { level: 2, name: /全面改善水環境/ })).toBeVisible();
  });

  test("still leads to the same page when the site's modules cannot load, from its top", async ({ page }) => {
    await page.route("**/assets/js/**", (route) => route.abort());
    await page.goto("/en/sections/livelihood/");
    await page.getByRole("navigation", { name: "In this section" }).getByRole("link", { name: "Care for vulnerable groups." }).click();
    await page.getByRole("link", { name: SIMPLIFIED.autonym }).click();
    await expect(page).toHaveURL(/\/sections\/livelihood\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  test("reaches the same page, from the top, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/zh-hk/sections/tourism/#homestays");
    const english = page.getByRole("link", { name: ENGLISH.autonym });
    await expect(english).toHaveAttribute("href", "/en/sections/tourism/");
    await english.click();
    await expect(page).toHaveURL(/\/en\/sections\/tourism\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("leads from the 404 page, which stays Chinese, to each language's home page", async ({ page }) => {
    const response = await page.goto("/en/no-such-page/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到您要访问的页面");
    await expect(page.getByRole("link", { name: "返回首页" })).toHaveAttribute("href", "/");
    const switcher = page.getByRole("navigation", { name: "语言", exact: true });
    for (const language of LANGUAGES) {
      await expect(switcher.getByRole("link", { name: language.autonym })).toHaveAttribute("href", `${language.prefix}/`);
    }
  });
});

test.describe("English pages", () => {
  test("show no Chinese character outside text marked as Chinese: the whole interface is in English", async ({ page }) => {
    for (const path of pagesOf(ENGLISH)) {
      await page.goto(path);
      const untranslated = (await pageText(page, ["zh"])).filter((text) => CJK.test(text));
      expect(untranslated, path).toEqual([]);
    }
  });

  test("say on every page that the translation is unofficial, with a link to the same page in Chinese", async ({ page }) => {
    for (const path of pagesOf(ENGLISH)) {
      await page.goto(path);
      const notice = page.getByRole("note", { name: "Unofficial translation" });
      await expect(notice, path).toBeVisible();
      await expect(notice).toContainText("the Chinese text prevails");
      const link = notice.getByRole("link", { name: "Read the official Chinese text of this page" });
      await expect(link).toHaveAttribute("href", pageKey(ENGLISH, path));
      await expect(link).toHaveAttribute("hreflang", "zh-CN");
      // First in the main content, so that it is heard before the page.
      expect(await page.locator("main > *").first().getAttribute("role")).toBe("note");
    }
  });

  test("lead from the notice to the Chinese text at the same paragraph", async ({ page }) => {
    await page.goto("/en/sections/livelihood/#vulnerable-groups");
    await page.getByRole("link", { name: "Read the official Chinese text of this page" }).click();
    await expect(page).toHaveURL(/\/sections\/livelihood\/#vulnerable-groups$/);
    await expect(page.locator("#vulnerable-groups")).toHaveText("关心关爱弱势群体。");
  });

  test("write the date and section numbers in English", async ({ page }) => {
    await page.goto("/en/sections/tourism/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^2\. Upgrade the Hometown of Sun Yat-sen Scenic Area/);
    await expect(page.locator("time")).toHaveText("3 March 2021");
    await expect(page.locator("time")).toHaveAttribute("datetime", "2021-03-03");
  });
});

test.describe("Chinese pages", () => {
  test("carry no notice of translation", async ({ page }) => {
    for (const path of ["/", "/zh-hk/", "/zh-hk/sections/tourism/"]) {
      await page.goto(path);
      await expect(page.getByRole("note"), path).toHaveCount(0);
    }
  });
});

// Words of the plan whose Simplified and Traditional forms differ.
const WORDS = [
  ["实施", "實施"],
  ["发展", "發展"],
  ["项目", "項目"],
  ["经济", "經濟"],
  ["民生实事", "民生實事"],
] as const;

test.describe("繁體中文 pages", () => {
  test("are written in Traditional characters: 实施 becomes 實施, on every page", async ({ page }) => {
    let seen = "";
    for (const path of pagesOf(TRADITIONAL)) {
      await page.goto(path);
      // The name 简体中文 in the switcher is Simplified on purpose, and marked lang="zh-CN".
      const text = (await pageText(page, ["zh-CN"])).join("\n");
      for (const [simplified] of WORDS) expect(text, `${path} contains ${simplified}`).not.toContain(simplified);
      seen += text;
    }
    for (const [, traditional] of WORDS) expect(seen).toContain(traditional);
  });

  test("show the plan's section titles, headings and interface in Traditional characters", async ({ page }) => {
    await page.goto("/zh-hk/sections/biomedicine/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("（一）實施重大產業平台「頭號工程」，打造灣區生物醫藥中心。");
    await expect(page.getByRole("navigation", { name: "本節目錄" })).toBeVisible();
    await expect(page.getByRole("link", { name: "十件民生實事", exact: true })).toBeVisible();
    await expect(page.locator("time")).toHaveText("2021年3月3日");
    await expect(page).toHaveTitle(/中山市南朗鎮人民政府$/);
  });
});
