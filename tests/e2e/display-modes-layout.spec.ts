import { expect, test, type Page } from "@playwright/test";
import { SECTION_PAGE, expectNoSidewaysScroll, openToolbar, storeSettingsBeforeLoad, targetSizes, toolbarRegion } from "./display-modes-helpers";
import { sectionPages } from "../support/pages";

/** Size, spacing and alignment of the main text, as computed by the browser. */
function mainTextMetrics(page: Page) {
  return page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>("main .prose p")];
    const px = (value: string) => parseFloat(value);
    // The space after each paragraph of main, to whatever block follows it.
    const gaps: number[] = [];
    // (A live region is a message slot, not a paragraph of text.)
    for (const paragraph of document.querySelectorAll('main p:not([role="status"])')) {
      if (paragraph.getClientRects().length === 0) continue; // not shown (e.g. print only)
      const next = paragraph.nextElementSibling;
      if (next) gaps.push(next.getBoundingClientRect().top - paragraph.getBoundingClientRect().bottom);
    }
    // Characters on each line of every paragraph and list item of the main text, counted
    // from the layout. WCAG 1.4.8 allows 80 characters, or 40 CJK characters: a full-width
    // character counts 1, a half-width one (Latin letter, digit, URL) counts ½.
    let longestLine = 0;
    let lines = 0;
    const range = document.createRange();
    for (const block of document.querySelectorAll("main :is(p, li)")) {
      const perLine = new Map<number, number>();
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text.data[i]!)) continue;
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          perLine.set(top, (perLine.get(top) ?? 0) + (/[\u0020-\u024f]/.test(text.data[i]!) ? 0.5 : 1));
        }
      }
      longestLine = Math.max(longestLine, ...perLine.values());
      lines += perLine.size;
    }
    const style = getComputedStyle(paragraphs[0]!);
    return {
      fontSize: Math.min(...paragraphs.map((p) => px(getComputedStyle(p).fontSize))),
      h1: px(getComputedStyle(document.querySelector("main h1")!).fontSize),
      h2: px(getComputedStyle(document.querySelector("main .prose h2")!).fontSize),
      lineHeight: px(style.lineHeight),
      lineHeightRatio: px(style.lineHeight) / px(style.fontSize),
      gaps: gaps.length,
      smallestGap: Math.min(...gaps),
      longestLine,
      lines,
      alignments: [...new Set([...document.querySelectorAll("main :is(p, li, h1, h2, h3, dt, dd)")].map((e) => getComputedStyle(e).textAlign))],
    };
  });
}

test.describe("长者助手 meets the MIIT elder-friendly figures and WCAG 1.4.8", () => {
  test("main text is at least 24px, headings larger, with wide line and paragraph spacing", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const before = await mainTextMetrics(page);
    await page.getByRole("button", { name: "长者助手" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
    const elder = await mainTextMetrics(page);
    test.info().annotations.push({ type: "elder main text", description: JSON.stringify(elder) });

    expect(before.fontSize).toBeLessThan(24);
    expect(elder.fontSize).toBeGreaterThanOrEqual(24);
    expect(elder.h2).toBeGreaterThan(elder.fontSize);
    expect(elder.h1).toBeGreaterThan(elder.h2);
    expect(elder.lineHeightRatio).toBeGreaterThanOrEqual(1.5);
    // Paragraph spacing at least 1.5 times the line spacing.
    expect(elder.gaps).toBeGreaterThan(3);
    expect(before.smallestGap).toBeLessThan(1.5 * before.lineHeight);
    expect(elder.smallestGap).toBeGreaterThanOrEqual(1.5 * elder.lineHeight - 0.5);
    expect(elder.lines).toBeGreaterThan(1);
    expect(elder.longestLine).toBeLessThanOrEqual(40);
    expect(elder.alignments.every((align) => align === "start" || align === "left")).toBe(true);
  });

  test("no line of any section holds more than 40 characters", async ({ page }) => {
    await storeSettingsBeforeLoad(page.context(), { elder: "on" });
    const sections = sectionPages();
    expect(sections.length).toBeGreaterThan(0);
    for (const path of sections) {
      await page.goto(path);
      const { longestLine } = await mainTextMetrics(page);
      expect(longestLine, path).toBeLessThanOrEqual(40);
    }
  });

  test("every link and button is at least 44 × 44, header and toolbar buttons at least 60 × 60", async ({ page }) => {
    await storeSettingsBeforeLoad(page.context(), { elder: "on" });
    for (const path of [SECTION_PAGE, "/", "/projects/", "/accessibility/help/"]) {
      await page.goto(path);
      await openToolbar(page);
      // A radio's target is its label, which the reader sees as the control.
      const targets = await targetSizes(page, "a[href], button, label");
      const tooSmall = targets.filter((target) => target.width < 44 || target.height < 44);
      expect(tooSmall, path).toEqual([]);
      const buttons = await targetSizes(page, "header button, header label");
      expect(buttons.length).toBeGreaterThan(20);
      expect(
        buttons.filter((button) => button.width < 60 || button.height < 60),
        path,
      ).toEqual([]);
      test.info().annotations.push({
        type: `smallest target on ${path}`,
        description: `${Math.min(...targets.map((t) => Math.min(t.width, t.height))).toFixed(1)}px; smallest header/toolbar button ${Math.min(...buttons.map((t) => Math.min(t.width, t.height))).toFixed(1)}px`,
      });
    }
  });

  test("the layout is one column everywhere, and headings stay larger than the text", async ({ page }) => {
    await storeSettingsBeforeLoad(page.context(), { elder: "on" });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    const cards = page.locator(".target-card");
    expect(await cards.count()).toBeGreaterThan(3);
    const lefts = new Set(await cards.evaluateAll((list) => list.map((card) => Math.round(card.getBoundingClientRect().left))));
    expect([...lefts]).toHaveLength(1);
    const sizes = await page.evaluate(() => ({
      text: parseFloat(getComputedStyle(document.querySelector("main p")!).fontSize),
      headings: [...document.querySelectorAll("main :is(h2, h3)")].map((heading) => parseFloat(getComputedStyle(heading).fontSize)),
    }));
    expect(sizes.headings.length).toBeGreaterThan(10);
    expect(Math.min(...sizes.headings)).toBeGreaterThan(sizes.text);
  });

  test("secondary navigation is folded away and content is kept", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const paragraphs = await page.locator("main p:visible").count();
    await page.getByRole("button", { name: "长者助手" }).click();
    await expect(page.getByRole("navigation", { name: "您当前的位置" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "上一节和下一节" })).toBeVisible();
    await expect(page.locator("main p:visible")).toHaveCount(paragraphs);
  });
});

test.describe("text reflows at 320px wide and 200% text, with no sideways scrolling", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const settings of [{ "text-scale": "200" }, { elder: "on", "text-scale": "200", "line-spacing": "wide" }] as const) {
    test(`with ${Object.keys(settings).join(" + ")}`, async ({ page }) => {
      await storeSettingsBeforeLoad(page.context(), settings);
      for (const path of [SECTION_PAGE, "/", "/projects/", "/search/", "/accessibility/", "/accessibility/help/"]) {
        await page.goto(path);
        await openToolbar(page);
        await expectNoSidewaysScroll(page, path);
        const size = await page
          .locator("main p")
          .first()
          .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
        expect(size).toBeGreaterThanOrEqual("elder" in settings ? 48 : 36);
      }
    });
  }
});

test("the search page reflows on a phone in elder mode (390px)", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await storeSettingsBeforeLoad(page.context(), { elder: "on" });
  for (const width of [390, 360, 320]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto("/search/");
    await expectNoSidewaysScroll(page, `${width}px`);
    const field = (await page.getByRole("searchbox").boundingBox())!;
    expect(field.x + field.width).toBeLessThanOrEqual(width);
  }
});

test.describe("the reading aids of the toolbar", () => {
  test("加大行距 widens line and paragraph spacing", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const before = await mainTextMetrics(page);
    const region = await openToolbar(page);
    await region.getByRole("button", { name: "加大行距" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-line-spacing", "wide");
    const after = await mainTextMetrics(page);
    expect(after.gaps).toBeGreaterThan(3);
    expect(after.lineHeightRatio).toBeGreaterThanOrEqual(2);
    expect(after.lineHeight).toBeGreaterThan(before.lineHeight);
    expect(after.smallestGap).toBeGreaterThanOrEqual(1.5 * after.lineHeight - 0.5);
  });

  test("大鼠标 gives a large cursor over text and links", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const region = await openToolbar(page);
    const cursor = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).cursor);
    expect(await cursor("main .prose p")).not.toContain("url(");
    await region.getByRole("button", { name: "大鼠标" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-cursor", "large");
    expect(await cursor("main .prose p")).toMatch(/url\("data:image\/svg\+xml.*width='48'.*auto$/);
    expect(await cursor("main a")).toMatch(/url\("data:image\/svg\+xml.*pointer$/);
  });

  test("十字线 follows the pointer, hidden from assistive technology and from clicks", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const region = await openToolbar(page);
    await region.getByRole("button", { name: "十字线" }).click();
    // The lines are loaded on first use; they appear with the next pointer movement.
    await expect(page.locator(".modes-guide")).toHaveCount(2);
    await page.mouse.move(300, 420);
    const horizontal = page.locator(".modes-guide--horizontal");
    const vertical = page.locator(".modes-guide--vertical");
    await expect(horizontal).toBeVisible();
    await expect(horizontal).toHaveAttribute("aria-hidden", "true");
    await expect(vertical).toHaveAttribute("aria-hidden", "true");
    expect(await horizontal.evaluate((e) => getComputedStyle(e).pointerEvents)).toBe("none");
    await expect.poll(async () => (await horizontal.boundingBox())?.y).toBeCloseTo(419, -1);
    await expect.poll(async () => (await vertical.boundingBox())?.x).toBeCloseTo(299, -1);
    await page.mouse.move(500, 600);
    await expect.poll(async () => (await horizontal.boundingBox())?.y).toBeCloseTo(599, -1);
    // A click lands on the page, not on the lines.
    const link = page.getByRole("navigation", { name: "本节目录" }).getByRole("link").first();
    await link.scrollIntoViewIfNeeded();
    const box = (await link.boundingBox())!;
    await page.mouse.click(box.x + 5, box.y + box.height / 2);
    await expect(page).toHaveURL(/#strategic-platform$/);
    await region.getByRole("button", { name: "十字线" }).click();
    await expect(horizontal).toHaveCount(0);
  });

  test("大字幕 shows the words under the pointer and the focused link in very large type", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const region = await openToolbar(page);
    await region.getByRole("button", { name: "大字幕" }).click();
    const bar = page.locator(".modes-caption-bar");
    await expect(bar).toHaveAttribute("aria-hidden", "true");
    await expect(bar).toContainText("把鼠标移到文字上");
    const paragraph = page.locator("main .prose p").first();
    await paragraph.scrollIntoViewIfNeeded();
    const box = (await paragraph.boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + 10);
    // The whole sentence under the pointer, however long, in type clearly larger than the text.
    const sentence =
      "抢抓“双区驱动”战略机遇，落实市委“3+4”重大产业平台头号工程，加快推进华南现代中医药城提升平台、拓展空间、调整规划、基础建设、招商引资、科技创新等工作，推动生物医药产业向高端发展。";
    await expect(bar).toHaveText(sentence);
    const sizes = await bar.locator("p").evaluate((p) => ({
      caption: parseFloat(getComputedStyle(p).fontSize),
      text: parseFloat(getComputedStyle(document.querySelector("main .prose p")!).fontSize),
    }));
    expect(sizes.caption).toBeGreaterThanOrEqual(32);
    expect(sizes.caption).toBeGreaterThanOrEqual(sizes.text * 1.3);
    // Every line of it is on screen: nothing cut.
    const text = (await bar.locator("p").boundingBox())!;
    const barBox = (await bar.boundingBox())!;
    expect(text.y + text.height).toBeLessThanOrEqual(barBox.y + barBox.height + 1);
    await page.getByRole("navigation", { name: "本节目录" }).getByRole("link").first().focus();
    await expect(bar).toHaveText("提升战略平台，增强政策优势。");
    // The page keeps room for the bar, so it never hides the end of the page.
    const padding = await page.evaluate(() => parseFloat(getComputedStyle(document.body).paddingBottom));
    expect(padding).toBeGreaterThanOrEqual((await bar.boundingBox())!.height - 1);
  });

  test("纯文本 removes images and decoration, keeps every text", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const region = await openToolbar(page);
    // Read once the page's scripts have run, so controls that need them are shown. The QR
    // code goes, and its caption ("scan the code…") with it: that sentence is about the image.
    const qrCaption = await page.locator("figure:has(> svg[role=img]) figcaption").innerText();
    const textBefore = (await page.locator("main").innerText()).replace(`${qrCaption}\n`, "");
    await page.evaluate(() => {
      // A decorative image and an illustration, as other features may add.
      document
        .querySelector("main .prose")!
        .insertAdjacentHTML(
          "afterbegin",
          '<img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40" id="decor"><svg aria-hidden="true" id="icon" width="20" height="20"></svg>',
        );
    });
    await region.getByRole("button", { name: "纯文本" }).click();
    await expect(page.locator("#decor")).toBeHidden();
    await expect(page.locator("#icon")).toBeHidden();
    const colours = await page.evaluate(() => ({
      bar: getComputedStyle(document.querySelector("header > div:has(#display-modes-opener)")!).backgroundColor,
      toc: getComputedStyle(document.getElementById("toc-heading")!.closest("nav")!).backgroundColor,
      page: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(colours.bar).toBe(colours.page);
    expect(colours.toc).toBe(colours.page);
    expect(await page.locator("main").innerText()).toBe(textBefore);
    await expect(page.getByText(qrCaption)).toBeHidden();
    await expect(toolbarRegion(page)).toBeVisible();
  });
});
