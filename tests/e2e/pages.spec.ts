import { expect, test } from "@playwright/test";
import { expectNoSidewaysScroll } from "./display-modes-helpers";
import { contentPagePaths } from "@/lib/site-pages";
import { sectionPages } from "../support/pages";
import { sourceSentences, squash } from "./source-text";

test.describe("the home page", () => {
  test("is served at / directly, with no redirect", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    expect(response?.request().redirectedFrom()).toBeNull();
    expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  test("shows the title, source, date, introduction and main targets", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("2021年工作安排（节选自政府工作报告）");
    await expect(page.getByText("本网", { exact: true })).toBeVisible();
    await expect(page.locator("time[datetime='2021-03-03']").first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "主要经济目标" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("力争GDP增长8%");
  });

  test("lists the nine sections as links carrying their full titles", async ({ page }) => {
    await page.goto("/");
    const list = page.getByRole("region", { name: "九个方面的重点工作" }).getByRole("link");
    await expect(list).toHaveCount(9);
    await expect(list.first()).toHaveAccessibleName("（一）实施重大产业平台“头号工程”，打造湾区生物医药中心。");
    await expect(list.nth(8)).toHaveAttribute("href", "/sections/government/");
  });

  test("lists the ten livelihood projects", async ({ page }) => {
    await page.goto("/");
    const projects = page.getByRole("region", { name: "十件民生实事" }).getByRole("listitem");
    await expect(projects).toHaveCount(10);
    await expect(projects.first()).toHaveText("（1）实施南朗镇教育提质工程");
    await expect(projects.last()).toHaveText("（10）实施“增强儿童青少年体质”项目");
  });
});

test.describe("a section page", () => {
  const sections = sectionPages();
  for (const [index, path] of sections.entries()) {
    test(`${path} shows its breadcrumb, one h1, source, contents and text`, async ({ page }) => {
      await page.goto(path);
      const breadcrumb = page.getByRole("navigation", { name: "您当前的位置" });
      await expect(breadcrumb).toContainText("您当前的位置：");
      await expect(breadcrumb.getByRole("link")).toHaveText(["首页", "2021年工作安排"]);
      const h1 = page.getByRole("heading", { level: 1 });
      await expect(h1).toHaveCount(1);
      await expect(breadcrumb.locator("[aria-current=page]")).toHaveText((await h1.textContent()) ?? "");
      await expect(page.getByRole("main")).toContainText("信息来源：本网");
      const toc = page.getByRole("navigation", { name: "本节目录" }).getByRole("link");
      const subsections = page.locator(".prose h2");
      await expect(toc).toHaveCount(await subsections.count());
      expect(await subsections.count()).toBeGreaterThanOrEqual(3);
      // Every table-of-contents link leads to a heading on this page.
      for (const href of await toc.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
        await expect(page.locator(`${href}`)).toHaveCount(1);
      }
      const pager = page.getByRole("navigation", { name: "上一节和下一节" });
      await expect(pager.getByRole("link")).toHaveCount(index === 0 || index === sections.length - 1 ? 1 : 2);
      expect(await page.title()).toMatch(/^（[一二三四五六七八九]）.+ - 中山市南朗镇人民政府$/);
    });
  }

  test("headings go down one level at a time", async ({ page }) => {
    for (const path of contentPagePaths("zh-CN")) {
      await page.goto(path);
      const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0], path).toBe(1);
      levels.slice(1).forEach((level, i) => expect(level, path).toBeLessThanOrEqual((levels[i] ?? 1) + 1));
    }
  });
});

test("every page has a unique title and meta description", async ({ page }) => {
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  const pages = contentPagePaths("zh-CN");
  for (const path of pages) {
    await page.goto(path);
    titles.add(await page.title());
    descriptions.add((await page.locator('meta[name="description"]').getAttribute("content")) ?? "");
  }
  expect(titles.size).toBe(pages.length);
  expect(descriptions.size).toBe(pages.length);
});

test("every sentence of the source reaches a page, wording unchanged", async ({ page }) => {
  let text = "";
  for (const path of contentPagePaths("zh-CN")) {
    await page.goto(path);
    text += squash(await page.getByRole("main").innerText());
  }
  const missing = sourceSentences().filter((sentence) => !text.includes(squash(sentence)));
  expect(missing).toEqual([]);
  // Guards the splitter itself: the source has 173 sentences.
  expect(sourceSentences().length).toBeGreaterThan(150);
});

test("the projects page links each project to the plan paragraphs that carry it", async ({ page }) => {
  await page.goto("/projects/");
  const cards = page.locator(".project-card");
  await expect(cards).toHaveCount(10);
  await expect(cards.first().getByRole("heading", { level: 2 })).toHaveText("（1）实施南朗镇教育提质工程");
  const link = cards.first().getByRole("link", { name: /大力发展教育事业/ });
  await link.click();
  await expect(page).toHaveURL(/\/sections\/public-services\/#education$/);
  await expect(page.locator("#education")).toBeInViewport();
});

test("keyboard: the skip link comes first and moves focus into main", async ({ page }) => {
  await page.goto("/sections/tourism/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到正文" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
});

test("focus is visible on links and the skip link", async ({ page }) => {
  await page.goto("/");
  const focusStyle = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { tag: el.tagName, background: s.backgroundColor, shadow: s.boxShadow };
    });
  // The first Tab stop: the skip link, shown and marked.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到正文" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const skipStyle = await focusStyle();
  expect(skipStyle.tag).toBe("A");
  expect(skipStyle.background).toBe("rgb(255, 221, 0)");
  expect(skipStyle.shadow).not.toBe("none");
  // The next one: a link of the page.
  await page.keyboard.press("Tab");
  await expect(skip).not.toBeFocused();
  const style = await focusStyle();
  expect(style.tag).toBe("A");
  expect(style.background).toBe("rgb(255, 221, 0)");
  expect(style.shadow).not.toBe("none");
});

test("a missing page answers 404 with a Chinese page and a way home", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到您要访问的页面");
  await page.getByRole("link", { name: "返回首页" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test.describe("layout", () => {
  test("body text is at least 16px with line height at least 1.5, lines at most 40 characters", async ({ page }) => {
    await page.goto("/sections/biomedicine/");
    const paragraph = page.locator(".prose p").first();
    const metrics = await paragraph.evaluate((p) => {
      const s = getComputedStyle(p);
      return { size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight), width: p.getBoundingClientRect().width };
    });
    expect(metrics.size).toBeGreaterThanOrEqual(16);
    expect(metrics.line / metrics.size).toBeGreaterThanOrEqual(1.5);
    // A CJK character is one em wide.
    expect(metrics.width / metrics.size).toBeLessThanOrEqual(40);
  });

  test("no horizontal scrolling at 320px wide", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of contentPagePaths("zh-CN")) {
      await page.goto(path);
      await expectNoSidewaysScroll(page, path);
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every page is fully readable", async ({ page }) => {
    for (const path of contentPagePaths("zh-CN")) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect((await page.getByRole("main").innerText()).length, path).toBeGreaterThan(100);
    }
  });

  test("the skip link and section links still work", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "（三）加强重大项目和技改投资，提高企业服务水平。" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("（三）加强重大项目和技改投资，提高企业服务水平。");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
  });
});
