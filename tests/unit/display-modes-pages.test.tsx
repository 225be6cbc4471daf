import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AccessibilityHelpPage } from "@/components/pages/AccessibilityHelpPage";
import { AccessibilityStatementPage } from "@/components/pages/AccessibilityStatementPage";
import { SHORTCUTS, shortcutLabel } from "@/lib/display-modes/shortcuts";
import en from "@/locales/en/modes.json";
import { resources } from "@/locales/resources";
import zhCN from "@/locales/zh-CN/modes.json";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

// locales.test.ts checks these strings as it checks every namespace: the same keys in
// every language, no empty string, no Chinese in English, the same placeholders.
describe("the strings of the display modes", () => {
  it("are registered as the modes namespace of both languages", () => {
    expect(resources["zh-CN"].modes).toBe(zhCN);
    expect(resources.en.modes).toBe(en);
  });
});

describe("帮助: the help page describes every feature and shortcut", () => {
  const page = text(renderToStaticMarkup(<AccessibilityHelpPage locale="zh-CN" />));

  it("names every header and toolbar button as the button itself is named", () => {
    const { toolbar, header } = zhCN;
    const names = [
      header.elder,
      header.toolbar,
      ...Object.values(toolbar.schemes),
      toolbar.textLarger,
      toolbar.textSmaller,
      toolbar["line-spacing"],
      toolbar.cursor,
      toolbar.guides,
      toolbar["caption-bar"],
      toolbar["text-only"],
      toolbar.pointRead,
      toolbar.continuousRead,
      toolbar.pause,
      toolbar.stop,
      ...Object.values(toolbar.rates),
      toolbar.shortcuts,
      toolbar.reset,
    ];
    for (const name of names) expect(page, name).toContain(name);
  });

  it("lists every keyboard shortcut with what it does", () => {
    for (const shortcut of SHORTCUTS) {
      expect(page).toContain(`${shortcutLabel(shortcut.key)} ${zhCN.help.actions[shortcut.action]}`);
    }
  });

  it("says that shortcuts start off and stay clear of Tab and Alt + digit", () => {
    expect(page).toContain("快捷键默认关闭");
    expect(page).toContain("不占用 Tab 键、Alt + 数字键");
  });
});

describe("无障碍声明: the accessibility statement", () => {
  const page = text(renderToStaticMarkup(<AccessibilityStatementPage locale="zh-CN" />));

  it("names the standards followed", () => {
    expect(page).toContain("《互联网网站适老化通用设计规范》");
    expect(page).toContain("WCAG）2.2 AA");
    expect(page).toContain("AAA");
  });

  it("says what was tested and how, and what is known not to work", () => {
    for (const heading of ["遵循的标准", "我们如何测试", "已知限制", "遇到问题请告诉我们"]) expect(page).toContain(heading);
    expect(page).toContain("axe-core");
    expect(page).toContain("还没有请读屏软件");
  });

  it("sends problems to the town government's channels without inventing contact details", () => {
    expect(page).toContain("南朗镇人民政府公布的咨询和意见反馈渠道");
    for (const html of [page, text(renderToStaticMarkup(<AccessibilityHelpPage locale="zh-CN" />))]) {
      expect(html).not.toMatch(/@|\d{3,4}-?\d{7,8}|1[3-9]\d{9}|mailto:|tel:/);
    }
  });
});
