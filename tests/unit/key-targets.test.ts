import { describe, expect, it } from "vitest";
import { loadPlan } from "@/lib/content";
import { keyTargetCards } from "@/lib/content/key-target-cards";
import { paragraphsUnder, quoteStatesValue, textDirective } from "@/lib/content/key-targets";
import { getPlan } from "@/lib/content/plan";
import { contentCopy, lineOf } from "./content-fixture";
import { languagesCopy } from "./translation-fixture";

describe("the key targets of the real plan", () => {
  const plan = loadPlan();
  const targets = plan.overview.targets ?? [];

  it("load from the front matter of overview.md: a dozen or more figures, the headline ones among them", () => {
    expect(targets.length).toBeGreaterThanOrEqual(12);
    const figures = targets.map((target) => `${target.label} ${target.value}${target.unit}`);
    for (const expected of [
      /GDP.*8%$/,
      /用地.* 2000亩$/,
      /总产销值 80亿元$/,
      /^工业投资 14亿元$/,
      /^技改投资 1亿元$/,
      /^新增规上限上企业 10家$/,
      /失业率 4%以内$/,
    ]) {
      expect(figures).toContainEqual(expect.stringMatching(expected));
    }
  });

  it("quote, each of them, words that stand verbatim in the paragraph it names, and state the figure", () => {
    for (const target of targets) {
      const page = target.section === undefined ? plan.overview : plan.sections.find((s) => s.slug === target.section);
      expect(page, target.label).toBeDefined();
      const paragraphs = paragraphsUnder(page!, target.anchor);
      expect(paragraphs.join("\n"), target.label).toContain(target.quote);
      expect(target.quote, target.label).toContain(`${target.value}${target.unit}`);
    }
  });

  it("link each card to its paragraph, and to the exact sentence where text fragments work", () => {
    const cards = keyTargetCards("zh-CN", plan);
    expect(cards[0]).toMatchObject({ href: "/#targets", place: "主要经济目标", quote: "力争GDP增长8%" });
    expect(cards.find((card) => card.value === 2000)).toMatchObject({
      href: "/sections/biomedicine/#land-and-planning",
      place: "拓展用地空间，调整功能规划。",
    });
    expect(decodeURIComponent(cards[0]!.textFragment.replace(":~:text=", ""))).toBe("力争GDP增长8%");
  });

  it("are optional, so that a translation without them still loads", () => {
    expect(keyTargetCards("en", getPlan("en")).length).toBeGreaterThan(0);
    const content = languagesCopy();
    content.edit("en/overview.md", (text) => text.replace(/^targets:\n(?: .*\n)+/m, ""));
    expect(content.read("en/overview.md")).not.toMatch(/targets:|quote:/);
    const english = content.load("en");
    expect(english.overview).toMatchObject({ title: "2021 Work Plan", lang: "en" });
    expect(english.overview.targets).toBeUndefined();
    expect(keyTargetCards("en", english)).toEqual([]);
  });
});

describe("a figure is shown only if the quote states it", () => {
  it("finds the number with its unit, with or without thousands separators", () => {
    expect(quoteStatesValue("计划给予中医药城新增2000亩用地规模", 2000, "亩")).toBe(true);
    expect(quoteStatesValue("an extra 2,000 mu of land", 2000, "mu")).toBe(true);
    expect(quoteStatesValue("确保城镇登记失业率控制在4%以内", 4, "%以内")).toBe(true);
    expect(quoteStatesValue("total output of 8 billion yuan", 8, "billion yuan")).toBe(true);
  });

  it("does not take part of a longer number, or the number with another unit", () => {
    expect(quoteStatesValue("新增12000亩用地", 2000, "亩")).toBe(false);
    expect(quoteStatesValue("总产销值达80亿元", 8, "亿元")).toBe(false);
    expect(quoteStatesValue("增长0.8%", 8, "%")).toBe(false);
    expect(quoteStatesValue("增长8.5%", 8, "%")).toBe(false);
    expect(quoteStatesValue("新增2000亩用地", 2000, "公顷")).toBe(false);
  });

  it("encodes a text fragment so that hyphens and commas stay part of the text", () => {
    expect(textDirective("a-b, c")).toBe(":~:text=a%2Db%2C%20c");
  });
});

describe("a broken key target stops the build with the file, the line and what to do", () => {
  const FILE = "content/zh-CN/overview.md";

  it("rejects a quote that is not in the paragraph it names", () => {
    const content = contentCopy();
    content.edit("overview.md", (text) => text.replace("quote: 完成工业投资14亿元", "quote: 完成工业投资15亿元"));
    const line = lineOf(content.read("overview.md"), "quote: 完成工业投资15亿元");
    expect(content.problems()).toEqual([
      expect.objectContaining({
        file: FILE,
        line,
        field: "targets.5.quote",
        zh: expect.stringContaining("引文“完成工业投资15亿元”在 content/zh-CN/sections/03-investment.md 的“key-industrial-projects”段落中找不到"),
        en: expect.stringContaining('The quote "完成工业投资15亿元"'),
      }),
    ]);
  });

  it("rejects a quote taken from another paragraph of the same section", () => {
    const content = contentCopy();
    content.edit("overview.md", (text) => text.replace("anchor: key-industrial-projects", "anchor: transport"));
    expect(content.problems()).toEqual([expect.objectContaining({ field: "targets.5.quote", en: expect.stringContaining('paragraph "transport"') })]);
  });

  it("rejects a figure that its quote does not state, at the line of the value", () => {
    const content = contentCopy();
    content.edit("overview.md", (text) => text.replace("value: 2000", "value: 3000"));
    const line = lineOf(content.read("overview.md"), "value: 3000");
    expect(content.problems()).toEqual([
      expect.objectContaining({
        file: FILE,
        line,
        field: "targets.1.value",
        zh: expect.stringContaining("数值 3000亩 在引文"),
        en: expect.stringContaining("The figure 3000 亩"),
      }),
    ]);
  });

  it("rejects a target that points at a section or a paragraph that does not exist", () => {
    const content = contentCopy();
    content.edit("overview.md", (text) => text.replace("section: tourism", "section: tourisme").replace("anchor: culture", "anchor: culture-centres"));
    const text = content.read("overview.md");
    const problems = content.problems();
    expect(problems).toContainEqual(
      expect.objectContaining({ line: lineOf(text, "section: tourisme"), field: "targets.10.section", zh: expect.stringContaining("章节“tourisme”不存在") }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ line: lineOf(text, "anchor: culture-centres"), field: "targets.11.anchor", en: expect.stringContaining('"culture-centres"') }),
    );
  });

  it("names a value written with a thousands separator, which YAML reads as text", () => {
    const content = contentCopy();
    content.edit("overview.md", (text) => text.replace("value: 2000", 'value: "2,000"'));
    expect(content.problems()).toEqual([
      expect.objectContaining({
        field: "targets.1.value",
        zh: expect.stringContaining("不带单位和千位逗号"),
        en: expect.stringContaining("without unit or thousands separators"),
      }),
    ]);
  });

  it("rejects a target with a missing quote", () => {
    const content = contentCopy();
    content.edit("overview.md", (text) => text.replace("    quote: 力争GDP增长8%\n", ""));
    expect(content.problems()).toEqual([expect.objectContaining({ field: "targets.0.quote", zh: "缺少必填字段“quote”。" })]);
  });
});
