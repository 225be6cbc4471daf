import { expect, test } from "@playwright/test";
import { SECTION_PAGE, header, openToolbar, toolbarRegion, modesStatus } from "./display-modes-helpers";
import { modulesReady } from "./modules-helpers";
import { ENGLISH_AND_MANDARIN, stubSpeech } from "./speech-stub";

test.describe("长者助手 and 无障碍 in the header", () => {
  test("are real buttons with names and states a screen reader announces", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const { elder, opener } = header(page);
    await expect(elder).toHaveAttribute("aria-pressed", "false");
    await expect(opener).toHaveAttribute("aria-expanded", "false");
    await expect(opener).toHaveAttribute("aria-controls", "display-modes-toolbar");
    await expect(toolbarRegion(page)).toBeHidden();

    await elder.click();
    await expect(elder).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
    await elder.click();
    await expect(elder).toHaveAttribute("aria-pressed", "false");
    await expect(page.locator("html")).not.toHaveAttribute("data-elder", /.*/);

    const region = await openToolbar(page);
    await expect(region).toHaveAttribute("id", "display-modes-toolbar");
  });

  test("the toolbar's accessibility tree: a named region of named groups; 配色, 朗读语言 and 语速 single choices", async ({ page }) => {
    // A device with voices for both 普通话 and 粤语 (the choice without one: display-modes-speech.spec.ts).
    await stubSpeech(page, [...ENGLISH_AND_MANDARIN, { name: "Fake 粵語", lang: "zh-HK" }]);
    await page.goto(SECTION_PAGE);
    await openToolbar(page);
    await expect(page.getByRole("button", { name: "长者助手" }).locator("..")).toMatchAriaSnapshot(`
      - button "长者助手" [pressed=false]
      - button "无障碍" [expanded]
    `);
    await expect(toolbarRegion(page)).toMatchAriaSnapshot(`
      - region "无障碍工具栏":
        - /children: equal
        - group "配色":
          - text: 配色
          - radio "默认配色" [checked]
          - text: 默认配色
          - radio "白底黑字" [checked=false]
          - text: 白底黑字
          - radio "黑底白字" [checked=false]
          - text: 黑底白字
          - radio "黑底黄字" [checked=false]
          - text: 黑底黄字
        - group "文字大小 100%":
          - button "文字缩小" [disabled]
          - button "文字放大"
        - group "阅读辅助":
          - button "加大行距" [pressed=false]
          - button "大鼠标" [pressed=false]
          - button "十字线" [pressed=false]
          - button "大字幕" [pressed=false]
          - button "纯文本" [pressed=false]
        - group "语音朗读":
          - button "指读" [pressed=false]
          - button "连读" [pressed=false]
          - button "暂停朗读" [disabled] [pressed=false]
          - button "停止朗读" [disabled]
        - group "朗读语言":
          - text: 朗读语言
          - radio "普通话" [checked]
          - text: 普通话
          - radio "粤语" [checked=false]
          - text: 粤语
        - group "语速":
          - text: 语速
          - radio "慢速" [checked=false]
          - text: 慢速
          - radio "中速" [checked]
          - text: 中速
          - radio "快速" [checked=false]
          - text: 快速
        - group "更多":
          - button "快捷键" [pressed=false]
          - button "重置"
          - link "帮助":
            - /url: /accessibility/help/
          - link "无障碍声明":
            - /url: /accessibility/
          - button "关闭工具栏"
    `);
  });

  test("Escape closes the toolbar and returns focus to the 无障碍 button", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const { opener } = header(page);
    const region = await openToolbar(page);
    // Focus order: the toolbar follows its button.
    await opener.focus();
    await page.keyboard.press("Tab");
    // 配色 is one Tab stop, a radio group: the arrow keys choose within it.
    await expect(region.getByRole("radio", { name: "默认配色" })).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(region.getByRole("radio", { name: "黑底白字" })).toBeFocused();
    await expect(region.getByRole("radio", { name: "黑底白字" })).toBeChecked();
    await expect(page.locator("html")).toHaveAttribute("data-scheme", "white-on-black");
    await page.keyboard.press("Tab");
    await expect(region.getByRole("button", { name: "文字缩小" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(region).toBeHidden();
    await expect(opener).toHaveAttribute("aria-expanded", "false");
    await expect(opener).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(region).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(region).toBeHidden();
    await expect(opener).toBeFocused();

    await openToolbar(page);
    await region.getByRole("button", { name: "关闭工具栏" }).click();
    await expect(region).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test("each toolbar toggle reports its state and sets its mode on <html>", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const region = await openToolbar(page);
    const html = page.locator("html");
    const toggles: [string, string, string][] = [
      ["加大行距", "data-line-spacing", "wide"],
      ["大鼠标", "data-cursor", "large"],
      ["十字线", "data-guides", "on"],
      ["大字幕", "data-caption-bar", "on"],
      ["纯文本", "data-text-only", "on"],
      ["快捷键", "data-shortcuts", "on"],
    ];
    for (const [name, attribute, value] of toggles) {
      const button = region.getByRole("button", { name });
      await button.click();
      await expect(button).toHaveAttribute("aria-pressed", "true");
      await expect(html).toHaveAttribute(attribute, value);
    }
    for (const scheme of ["白底黑字", "黑底白字", "黑底黄字", "默认配色"]) {
      await region.getByRole("radio", { name: scheme }).check();
      await expect(region.getByRole("radio", { name: scheme })).toBeChecked();
      await expect(region.getByRole("radio", { checked: true, name: /配色|底/ })).toHaveCount(1);
    }
    await expect(html).toHaveAttribute("data-scheme", "default");

    await region.getByRole("button", { name: "重置" }).click();
    await expect(modesStatus(page)).toHaveText("已恢复默认设置");
    for (const [name, attribute] of toggles) {
      await expect(region.getByRole("button", { name })).toHaveAttribute("aria-pressed", "false");
      await expect(html).not.toHaveAttribute(attribute, /.*/);
    }
    await expect(html).not.toHaveAttribute("data-scheme", /.*/);
  });

  test("文字放大 enlarges text in steps up to 200%, and says so", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const region = await openToolbar(page);
    const paragraph = page.locator("main .prose p").first();
    const size = async () => parseFloat(await paragraph.evaluate((p) => getComputedStyle(p).fontSize));
    const base = await size();
    const larger = region.getByRole("button", { name: "文字放大" });
    for (const step of ["125", "150", "175", "200"]) {
      await larger.click();
      await expect(modesStatus(page)).toHaveText(`文字大小：${step}%`);
      await expect(page.locator("html")).toHaveAttribute("data-text-scale", step);
    }
    expect(await size()).toBeCloseTo(base * 2, 1);
    await expect(region.getByRole("group", { name: "文字大小 200%" })).toBeVisible();
    await expect(larger).toHaveAttribute("aria-disabled", "true");
    // aria-disabled, not disabled: it keeps focus and says why nothing happens.
    await larger.focus();
    await page.keyboard.press("Enter");
    await expect(modesStatus(page)).toHaveText("文字已经最大：200%");
    await region.getByRole("button", { name: "文字缩小" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-text-scale", "175");
  });

  test("keyboard shortcuts do nothing until turned on, and never take Tab or Alt + digit", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const html = page.locator("html");
    // With the page's script running, so that a shortcut could be heard if it were on.
    await modulesReady(page);
    await header(page).elder.focus();
    await page.keyboard.press("Alt+Shift+KeyE");
    await expect(html).not.toHaveAttribute("data-elder", /.*/);

    const region = await openToolbar(page);
    // Still off once the page has handled the clicks since: the key really did nothing.
    await expect(html).not.toHaveAttribute("data-elder", /.*/);
    await expect(header(page).elder).toHaveAttribute("aria-pressed", "false");
    await region.getByRole("button", { name: "快捷键" }).click();
    await page.keyboard.press("Alt+Shift+KeyE");
    await expect(html).toHaveAttribute("data-elder", "on");
    await expect(header(page).elder).toHaveAttribute("aria-pressed", "true");
    await expect(modesStatus(page)).toHaveText("长者助手：已开启");
    await page.keyboard.press("Alt+Shift+Equal");
    await expect(html).toHaveAttribute("data-text-scale", "125");
    await page.keyboard.press("Alt+Shift+KeyC");
    await expect(html).toHaveAttribute("data-scheme", "black-on-white");
    await expect(modesStatus(page)).toHaveText("配色：白底黑字");

    // Keys the browser and screen readers own are left alone.
    const notPrevented = await page.evaluate(() => {
      const results: Record<string, boolean> = {};
      for (const [name, init] of [
        ["Tab", { key: "Tab", code: "Tab" }],
        ["Alt+1", { key: "1", code: "Digit1", altKey: true }],
        ["Alt+Shift+1", { key: "!", code: "Digit1", altKey: true, shiftKey: true }],
        ["E", { key: "e", code: "KeyE" }],
      ] as const) {
        const event = new KeyboardEvent("keydown", { ...init, bubbles: true, cancelable: true });
        document.body.dispatchEvent(event);
        results[name] = !event.defaultPrevented;
      }
      return results;
    });
    expect(notPrevented).toEqual({ Tab: true, "Alt+1": true, "Alt+Shift+1": true, E: true });
    await expect(html).toHaveAttribute("data-elder", "on");

    // Alt + Shift + O opens the toolbar from anywhere and puts focus in it; Escape comes back.
    await page.keyboard.press("Escape");
    await expect(toolbarRegion(page)).toBeHidden();
    await page.keyboard.press("Alt+Shift+KeyO");
    await expect(toolbarRegion(page)).toBeVisible();
    // Opened from the keyboard, focus moves into it: to its first control, the chosen 配色.
    await expect(region.getByRole("radio", { name: "白底黑字" })).toBeChecked();
    await expect(region.getByRole("radio", { name: "白底黑字" })).toBeFocused();
  });

  test("the accessibility statement and help are linked from the footer and the toolbar", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    const footer = page.getByRole("contentinfo");
    await footer.getByRole("link", { name: "无障碍声明" }).click();
    await expect(page).toHaveURL(/\/accessibility\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "无障碍声明" })).toBeVisible();
    await expect(page).toHaveTitle(/^无障碍声明 - /);
    for (const heading of ["遵循的标准", "我们如何测试", "已知限制", "遇到问题请告诉我们"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await footer.getByRole("link", { name: "无障碍功能帮助" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "无障碍功能帮助" })).toBeVisible();
    await expect(page.getByRole("term").filter({ hasText: "Alt + Shift + E" })).toBeVisible();

    const region = await openToolbar(page);
    await region.getByRole("link", { name: "无障碍声明" }).click();
    await expect(page).toHaveURL(/\/accessibility\/$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page reads in full and offers no control that cannot work", async ({ page }) => {
    await page.goto(SECTION_PAGE);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("main .prose p").first()).toBeVisible();
    await expect(page.getByRole("button")).toHaveCount(0);
    // Every part that needs JavaScript is there in the page, and none of it is shown.
    const requiresJs = await page
      .locator("[data-requires-js]")
      .evaluateAll((elements) => elements.map((element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true })));
    expect(requiresJs.length).toBeGreaterThan(0);
    expect(requiresJs.filter(Boolean)).toEqual([]);
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "无障碍声明" })).toBeVisible();
  });
});
