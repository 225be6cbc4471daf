import { expect, test, type Locator, type Page } from "@playwright/test";
import { SECTION_PAGE, TRADITIONAL_SECTION, modesStatus, openToolbar, openTraditionalToolbar } from "./display-modes-helpers";
import { modulesReady } from "./modules-helpers";

/** The sentence of the section's first paragraph that the bar shows when it is pointed at. */
const FIRST_SENTENCE =
  "抢抓“双区驱动”战略机遇，落实市委“3+4”重大产业平台头号工程，加快推进华南现代中医药城提升平台、拓展空间、调整规划、基础建设、招商引资、科技创新等工作，推动生物医药产业向高端发展。";

async function pointAtFirstParagraph(page: Page) {
  const paragraph = page.locator("main .prose p").first();
  await paragraph.scrollIntoViewIfNeeded();
  const box = (await paragraph.boundingBox())!;
  await page.mouse.move(box.x + 10, box.y + 10);
}

/** Each character of the bar that has a reading, with it: [字, zì]. */
const readings = (bar: Locator) =>
  bar.locator("ruby").evaluateAll((rubies) => rubies.map((ruby) => [ruby.firstChild?.textContent ?? "", ruby.querySelector("rt")?.textContent ?? ""]));

test.describe("字幕文字: 简 / 繁 / 拼音 in the caption bar", () => {
  test("拼音 is loaded only when the reader asks, and shown above each character as the word reads it", async ({ page }) => {
    const captionText: { url: string; bytes: number }[] = [];
    page.on("response", async (response) => {
      if (response.url().includes("caption-text")) captionText.push({ url: new URL(response.url()).pathname, bytes: (await response.body()).length });
    });
    await page.goto(SECTION_PAGE);
    const region = await openToolbar(page);
    // Offered with the caption bar, not before.
    await expect(region.getByRole("group", { name: "字幕文字" })).toBeHidden();
    await region.getByRole("button", { name: "大字幕" }).click();
    const choice = region.getByRole("group", { name: "字幕文字" });
    await expect(choice.getByRole("radio", { name: "简体" })).toBeChecked();
    const bar = page.locator(".modes-caption-bar");
    await pointAtFirstParagraph(page);
    await expect(bar).toHaveText(FIRST_SENTENCE);
    expect(captionText, "nothing of the caption text is loaded before the reader asks").toEqual([]);

    await choice.getByRole("radio", { name: "拼音" }).check();
    await expect(modesStatus(page)).toHaveText("字幕文字：拼音");
    await pointAtFirstParagraph(page);
    await expect(bar.locator("ruby").first()).toBeVisible();
    const pairs = await readings(bar);
    const word = (characters: string) => {
      const at = pairs.findIndex(
        (_, index) =>
          pairs
            .slice(index, index + characters.length)
            .map(([c]) => c)
            .join("") === characters,
      );
      return pairs
        .slice(at, at + characters.length)
        .map(([, reading]) => reading)
        .join(" ");
    };
    expect(pairs.map(([character]) => character).join("")).toBe(FIRST_SENTENCE.replace(/[^\p{Script=Han}]/gu, ""));
    expect(word("重大")).toBe("zhòng dà");
    expect(word("调整")).toBe("tiáo zhěng");
    expect(word("头号")).toBe("tóu hào");
    expect(word("中医药")).toBe("zhōng yī yào");
    // The marks stay as the page writes them.
    await expect(bar).toContainText("“");
    expect(captionText).toEqual([{ url: "/sections/biomedicine/caption-text.json", bytes: expect.any(Number) }]);
    test.info().annotations.push({ type: "caption text", description: `${captionText[0]?.bytes} bytes (uncompressed)` });

    // The readings stand above their characters, at a size one reads without effort
    // (at least the 18px of the page's own text), and in elder mode at least elder mode's 24px.
    const geometry = () =>
      bar
        .locator("ruby")
        .first()
        .evaluate((element) => {
          const rt = element.querySelector("rt")!;
          const base = document.createRange();
          base.selectNodeContents(element.firstChild!);
          return { rtSize: parseFloat(getComputedStyle(rt).fontSize), rtBottom: rt.getBoundingClientRect().bottom, baseTop: base.getBoundingClientRect().top };
        });
    const plain = await geometry();
    expect(plain.rtSize).toBeGreaterThanOrEqual(18);
    expect(plain.rtBottom).toBeLessThanOrEqual(plain.baseTop + 2);
    await page.getByRole("button", { name: "长者助手" }).click();
    await pointAtFirstParagraph(page);
    const elder = await geometry();
    expect(elder.rtSize).toBeGreaterThanOrEqual(24);
    expect(elder.rtBottom).toBeLessThanOrEqual(elder.baseTop + 2);
  });

  test("繁体 on a Simplified page, kept on the next page", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const region = await openToolbar(page);
    await region.getByRole("button", { name: "大字幕" }).click();
    await region.getByRole("group", { name: "字幕文字" }).getByRole("radio", { name: "繁体" }).check();
    const bar = page.locator(".modes-caption-bar");
    await pointAtFirstParagraph(page);
    await expect(bar).toHaveText(/^搶抓「雙區驅動」戰略機遇，落實市委「3\+4」重大產業平台頭號工程，加快推進華南現代中醫藥城提升平台、拓展空間、調整規劃/);
    await expect(bar.locator("ruby")).toHaveCount(0);

    await page.reload();
    await expect(region.getByRole("group", { name: "字幕文字" }).getByRole("radio", { name: "繁体" })).toBeChecked();
    await modulesReady(page);
    await pointAtFirstParagraph(page);
    await expect(bar).toHaveText(/^搶抓「雙區驅動」/);
  });

  test("简体 on a Traditional page shows the Simplified original", async ({ page }) => {
    await page.goto(TRADITIONAL_SECTION);
    const region = await openTraditionalToolbar(page);
    await region.getByRole("button", { name: "大字幕" }).click();
    const choice = region.getByRole("group", { name: "字幕文字" });
    await expect(choice.getByRole("radio", { name: "繁體" })).toBeChecked();
    await choice.getByRole("radio", { name: "簡體" }).check();
    await pointAtFirstParagraph(page);
    await expect(page.locator(".modes-caption-bar")).toHaveText(FIRST_SENTENCE);
  });
});
