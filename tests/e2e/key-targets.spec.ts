import { expect, test } from "@playwright/test";
import { routes } from "./feature-pages";
import { modulesReady } from "./modules-helpers";

const HOME = routes.home("zh-CN");

test.describe("key targets at a glance", () => {
  test("the home page shows the plan's headline figures as cards under their own heading", async ({ page }) => {
    await page.goto(HOME);
    const section = page.getByRole("region", { name: "主要目标一览" });
    const cards = section.getByRole("listitem");
    expect(await cards.count()).toBeGreaterThanOrEqual(12);
    const figure = (label: string | RegExp) => cards.filter({ has: page.getByRole("heading", { level: 3, name: label }) }).locator(".target-card__figure");
    await expect(figure("地区生产总值（GDP）增长")).toHaveText("8%");
    await expect(figure("中医药城新增用地规模")).toHaveText("2,000亩");
    await expect(figure("中医药城园区总产销值")).toHaveText("80亿元");
    await expect(figure("工业投资")).toHaveText("14亿元");
    await expect(figure("技改投资")).toHaveText("1亿元");
    await expect(figure("新增规上限上企业")).toHaveText("10家");
    await expect(figure("城镇登记失业率")).toHaveText("4%以内");
  });

  test("each card quotes its sentence and links to the paragraph that states it", async ({ page, browser }) => {
    await page.goto(HOME);
    const cards = page.getByRole("region", { name: "主要目标一览" }).getByRole("listitem");
    // The sentence is added to each link once the page's script has checked the browser supports it.
    await modulesReady(page);
    await expect(cards.last().getByRole("link")).toHaveAttribute("href", /:~:text=/);
    const links = await cards
      .getByRole("link")
      .evaluateAll((anchors) => anchors.map((anchor) => ({ href: anchor.getAttribute("href")!, quote: anchor.textContent!.replace(/^“|”$/g, "") })));
    expect(links.length).toBe(await cards.count());
    const reader = await browser.newPage({ baseURL: new URL(page.url()).origin });
    for (const { href, quote } of links) {
      const [address, directive] = href.split(":~:text=");
      // Chromium supports text fragments: the link also marks the exact sentence.
      expect(decodeURIComponent(directive ?? ""), href).toBe(quote);
      const anchor = address!.split("#")[1]!;
      await reader.goto(address!);
      const heading = reader.locator(`[id="${anchor}"]`);
      await expect(heading, href).toHaveCount(1);
      // The quote stands in the text that follows the heading, before the next heading of its level.
      const paragraphs = await heading.evaluate((element) => {
        const texts: string[] = [];
        for (let next = element.nextElementSibling; next && next.tagName !== element.tagName; next = next.nextElementSibling)
          texts.push(next.textContent ?? "");
        return texts.join("\n");
      });
      expect(paragraphs, href).toContain(quote);
    }
    await reader.close();
  });
});

test.describe("the ten livelihood projects", () => {
  test("each project on the projects page shows its number and title, and links to paragraphs that exist", async ({ page }) => {
    await page.goto(routes.projects("zh-CN"));
    const cards = page.locator("main ol.project-list > li");
    await expect(cards).toHaveCount(10);
    const targets = new Set<string>();
    for (let index = 0; index < 10; index += 1) {
      const card = cards.nth(index);
      await expect(card.getByRole("heading", { level: 2 })).toHaveText(new RegExp(`^（${index + 1}）\\S`));
      const hrefs = await card.getByRole("link").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")!));
      expect(hrefs.length).toBeGreaterThanOrEqual(1);
      for (const href of hrefs) targets.add(href);
    }
    for (const href of targets) {
      const [address, anchor] = href.split("#");
      await page.goto(address!);
      await expect(page.locator(`[id="${anchor}"]`), href).toHaveCount(1);
    }
  });

  test("the home page lists the ten projects with their numbers and titles, each leading to its entry", async ({ page }) => {
    await page.goto(HOME);
    const list = page.getByRole("region", { name: "十件民生实事" }).getByRole("listitem");
    await expect(list).toHaveCount(10);
    for (let index = 0; index < 10; index += 1) {
      const link = list.nth(index).getByRole("link");
      await expect(link).toHaveText(new RegExp(`^（${index + 1}）\\S`));
      await expect(link).toHaveAttribute("href", routes.projects("zh-CN", `project-${index + 1}`));
    }
  });
});
