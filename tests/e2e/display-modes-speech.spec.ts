import { expect, test } from "@playwright/test";
import { SECTION_PAGE, TRADITIONAL_SECTION, openToolbar, openTraditionalToolbar, modesStatus } from "./display-modes-helpers";
import { modulesReady } from "./modules-helpers";
import { ENGLISH_AND_MANDARIN, calls, finishUtterance, readingHighlight, spoken, stubSpeech, type FakeVoice } from "./speech-stub";

const CANTONESE: FakeVoice = { name: "Fake 粵語", lang: "zh-HK" };

test.describe("语音朗读 with a stubbed speechSynthesis", () => {
  test.beforeEach(async ({ page }) => stubSpeech(page));

  test("nothing is spoken, or even loaded, before the resident asks", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto(SECTION_PAGE);
    await page.locator("main .prose p").first().hover();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const region = await openToolbar(page);
    await region.getByRole("button", { name: "指读" }).hover();
    await page.waitForTimeout(600);
    expect(await spoken(page)).toEqual([]);
    expect(await calls(page)).toEqual([]);
    const loadedBefore = scripts.length;
    await region.getByRole("button", { name: "连读" }).click();
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect(scripts.length, "the speech module is fetched on first use").toBeGreaterThan(loadedBefore);
  });

  test("连读 reads the main text from its heading, sentence by sentence, highlighting each", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const region = await openToolbar(page);
    const read = region.getByRole("button", { name: "连读" });
    await read.click();
    await expect(read).toHaveAttribute("aria-pressed", "true");
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    const heading = await page.getByRole("heading", { level: 1 }).innerText();
    const first = (await spoken(page))[0]!;
    expect(first).toEqual({ text: heading, rate: 1, lang: "zh-CN", voice: "Fake 普通话", highlighted: heading });

    await finishUtterance(page);
    await finishUtterance(page);
    expect((await spoken(page)).map((s) => s.text)).toEqual([heading, "信息来源：", "本网"]);
    expect(await readingHighlight(page)).toBe("本网");

    // 语速: the next sentence is slower.
    await region.getByRole("radio", { name: "慢速" }).check();
    await expect(region.getByRole("radio", { name: "慢速" })).toBeChecked();
    await finishUtterance(page);
    expect((await spoken(page)).at(-1)).toMatchObject({ text: "发布日期：", rate: 0.7 });

    // 暂停 and 继续: the interrupted sentence is read again.
    const pause = region.getByRole("button", { name: "暂停朗读" });
    await pause.click();
    await expect(pause).toHaveAttribute("aria-pressed", "true");
    expect(await calls(page)).toContain("cancel");
    const count = (await spoken(page)).length;
    // The cancelled sentence's late end does not move the reading on.
    await finishUtterance(page);
    expect(await spoken(page)).toHaveLength(count);
    await expect(pause).toHaveAttribute("aria-pressed", "true");
    await pause.click();
    await expect(pause).toHaveAttribute("aria-pressed", "false");
    await expect.poll(async () => (await spoken(page)).length).toBe(count + 1);
    expect((await spoken(page)).at(-1)).toMatchObject({ text: "发布日期：", rate: 0.7 });

    // 停止.
    await region.getByRole("button", { name: "停止朗读" }).click();
    await expect(read).toHaveAttribute("aria-pressed", "false");
    await expect(pause).toHaveAttribute("aria-disabled", "true");
    await expect(modesStatus(page)).toHaveText("朗读已停止");
    expect(await readingHighlight(page)).toBeNull();
    // Nor does the stopped sentence's.
    const total = (await spoken(page)).length;
    await finishUtterance(page);
    expect(await spoken(page)).toHaveLength(total);
    await expect(read).toHaveAttribute("aria-pressed", "false");
  });

  test("指读 reads what the pointer rests on and what receives focus", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const region = await openToolbar(page);
    const pointRead = region.getByRole("button", { name: "指读" });
    await pointRead.click();
    await expect(pointRead).toHaveAttribute("aria-pressed", "true");
    const paragraph = page.locator("main .prose p").first();
    await paragraph.hover();
    const text = await paragraph.innerText();
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(text);
    expect((await spoken(page)).at(-1)).toMatchObject({ lang: "zh-CN", voice: "Fake 普通话", rate: 1 });

    const link = page.getByRole("navigation", { name: "本节目录" }).getByRole("link").first();
    await link.focus();
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(await link.innerText());

    await pointRead.click();
    const count = (await spoken(page)).length;
    await page.locator("main .prose p").nth(2).hover();
    await page.waitForTimeout(500);
    expect(await spoken(page)).toHaveLength(count);
  });

  test("reading stops when another page is opened, and the toolbar stays open there", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const region = await openToolbar(page);
    await region.getByRole("button", { name: "连读" }).click();
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    const cancelsBefore = await page.evaluate(() => Number(sessionStorage.getItem("speech-cancels") ?? 0));
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "十件民生实事" }).click();
    await expect(page).toHaveURL(/\/projects\/$/);
    // The old page cancelled its speech as it was left (pagehide)…
    expect(await page.evaluate(() => Number(sessionStorage.getItem("speech-cancels") ?? 0))).toBeGreaterThan(cancelsBefore);
    // …and the new one speaks nothing until asked, with the toolbar still open.
    await expect(region.getByRole("button", { name: "连读" })).toHaveAttribute("aria-pressed", "false");
    expect(await spoken(page)).toHaveLength(0);
  });
});

test.describe("a browser without speech", () => {
  test("gets a clear message instead of speech buttons", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
    });
    await page.goto(SECTION_PAGE);
    const region = await openToolbar(page);
    const speech = region.getByRole("group", { name: "语音朗读" });
    await expect(speech).toContainText("您的浏览器不支持语音朗读");
    await expect(speech.getByRole("button")).toHaveCount(0);
    await expect(region.getByRole("group", { name: "语速" })).toHaveCount(0);

    // The reading shortcut says so too, in the live region.
    await region.getByRole("button", { name: "快捷键" }).click();
    await page.keyboard.press("Alt+Shift+KeyR");
    await expect(modesStatus(page)).toHaveText(/您的浏览器不支持语音朗读/);
  });
});

test.describe("朗读语言 with a stubbed speechSynthesis", () => {
  test("a Traditional page reads in 粵語 where the device has a Cantonese voice; 普通話 once chosen, and on the next pages", async ({ page }) => {
    await stubSpeech(page, [...ENGLISH_AND_MANDARIN, CANTONESE]);
    await page.goto(TRADITIONAL_SECTION);
    const region = await openTraditionalToolbar(page);
    const language = region.getByRole("group", { name: "朗讀語言" });
    await expect(language.getByRole("radio", { name: "粵語" })).toBeChecked();
    // Nothing is heard until the reader starts read-aloud, whatever is chosen.
    await language.getByRole("radio", { name: "普通話" }).check();
    await expect(modesStatus(page)).toHaveText("朗讀語言：普通話");
    await language.getByRole("radio", { name: "粵語" }).check();
    await expect(modesStatus(page)).toHaveText("朗讀語言：粵語");
    expect(await spoken(page)).toEqual([]);
    await region.getByRole("button", { name: "連讀" }).click();
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect((await spoken(page))[0]).toMatchObject({ lang: "zh-HK", voice: "Fake 粵語" });
    await region.getByRole("button", { name: "停止朗讀" }).click();

    await language.getByRole("radio", { name: "普通話" }).check();
    await expect(modesStatus(page)).toHaveText("朗讀語言：普通話");
    await region.getByRole("button", { name: "連讀" }).click();
    await expect.poll(async () => (await spoken(page)).length).toBe(2);
    expect((await spoken(page))[1]).toMatchObject({ lang: "zh-CN", voice: "Fake 普通话" });

    await page.goto(SECTION_PAGE);
    await expect((await openToolbar(page)).getByRole("group", { name: "朗读语言" }).getByRole("radio", { name: "普通话" })).toBeChecked();
  });

  test("without a Cantonese voice, 粤语 is not offered as working, and says why", async ({ page }) => {
    await stubSpeech(page, ENGLISH_AND_MANDARIN);
    await page.goto(SECTION_PAGE);
    const region = await openToolbar(page);
    const language = region.getByRole("group", { name: "朗读语言" });
    const yue = language.getByRole("radio", { name: "粤语" });
    await expect(yue).toHaveAttribute("aria-disabled", "true");
    await expect(yue).toHaveAccessibleDescription(/^此设备没有粤语语音，现在用普通话朗读。/);
    // Opened by the reader: the reason is shown beside the choice.
    await expect(language.getByText(/^此设备没有粤语语音/)).toBeVisible();
    // A reader may still press it (Playwright itself takes aria-disabled for disabled, and needs force).
    await yue.click({ force: true });
    await expect(language.getByRole("radio", { name: "普通话" })).toBeChecked();
    await expect(yue).not.toBeChecked();
    await expect(modesStatus(page)).toHaveText(/^此设备没有粤语语音/);
    await region.getByRole("button", { name: "连读" }).click();
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect((await spoken(page))[0]).toMatchObject({ lang: "zh-CN", voice: "Fake 普通话" });
  });

  test("English pages offer no choice of Chinese, and are read with the English voice", async ({ page }) => {
    await stubSpeech(page, [...ENGLISH_AND_MANDARIN, CANTONESE]);
    await page.goto(`/en${SECTION_PAGE}`);
    await modulesReady(page);
    await page.getByRole("button", { name: "Accessibility", exact: true }).click();
    const region = page.getByRole("region", { name: "Accessibility toolbar" });
    await expect(region.getByRole("group", { name: "Reading language" })).toHaveCount(0);
    await region.getByRole("button", { name: "Read the page" }).click();
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect((await spoken(page))[0]).toMatchObject({ lang: "en", voice: "Fake English" });
  });
});
