import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/messages";
import { getPlan } from "@/lib/content/plan";
import { lineOf } from "./content-fixture";
import { languagesCopy, planShape } from "./translation-fixture";

const TOURISM = "en/sections/02-tourism.md";

// Each test checks a copy of the whole content, every language: seconds on a busy machine.
describe("the English translation", { timeout: 30_000 }, () => {
  const plan = getPlan("en");
  const original = getPlan("zh-CN");

  it("has the overview, the nine sections and the ten projects, all in English", () => {
    expect(plan.overview).toMatchObject({ title: "2021 Work Plan", lang: "en" });
    expect(plan.sections).toHaveLength(9);
    expect(plan.sections.every((s) => s.lang === "en")).toBe(true);
    expect(plan.livelihoodProjects).toMatchObject({ title: "Ten livelihood projects", lang: "en" });
    expect(plan.livelihoodProjects.projects).toHaveLength(10);
  });

  it("mirrors the Chinese structure: slugs, orders, anchors, project numbers and references", () => {
    expect(planShape(plan)).toEqual(planShape(original));
  });
});

describe("an English file that contradicts the Chinese one is an error in the English file, at its line", { timeout: 30_000 }, () => {
  it("reports a renamed heading anchor at the heading's line, naming the original's anchors", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace("{#homestays}", "{#bed-and-breakfast}"));
    const text = content.read(TOURISM);
    const result = content.check();
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: "content/en/sections/02-tourism.md",
        line: lineOf(text, "{#bed-and-breakfast}"),
        zh: expect.stringContaining("锚点“bed-and-breakfast”在原文 content/zh-CN/sections/02-tourism.md 中没有"),
        en: expect.stringContaining('"bed-and-breakfast" is not in the original'),
      }),
    ]);
    // What the English file lacks because of it is not told as well: one mistake, one message.
    expect(result.notices).toEqual([]);
    expect(formatProblem(result.problems[0]!)).toMatch(/^content\/en\/sections\/02-tourism\.md:\d+（第 \d+ 行 \/ line \d+/);
  });

  it("reports headings moved out of the original's order", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) =>
      text.replace("{#scenic-area-review}", "{#TMP}").replace("{#all-area-tourism}", "{#scenic-area-review}").replace("{#TMP}", "{#all-area-tourism}"),
    );
    const text = content.read(TOURISM);
    expect(content.check().problems).toEqual([
      expect.objectContaining({
        file: "content/en/sections/02-tourism.md",
        line: lineOf(text, "{#all-area-tourism}"),
        en: expect.stringContaining("not in the original's order"),
      }),
    ]);
  });

  it("reports a project number the original lacks, and projects out of the original's order", () => {
    const content = languagesCopy();
    content.edit("en/projects.md", (text) => text.replace("  - number: 3\n", "  - number: 30\n"));
    expect(content.check().problems).toEqual([
      expect.objectContaining({
        file: "content/en/projects.md",
        line: lineOf(content.read("en/projects.md"), "number: 30"),
        field: "projects.2.number",
        zh: expect.stringContaining("原文 content/zh-CN/projects.md 中没有编号为 30 的实事"),
      }),
    ]);
    const swapped = languagesCopy();
    swapped.edit("en/projects.md", (text) =>
      text.replace("  - number: 3\n", "  - number: X\n").replace("  - number: 4\n", "  - number: 3\n").replace("  - number: X\n", "  - number: 4\n"),
    );
    expect(swapped.check().problems).toEqual([
      expect.objectContaining({ file: "content/en/projects.md", field: "projects.2.number", zh: expect.stringContaining("实事的顺序与原文不同") }),
    ]);
  });

  it("reports an English file that has no Chinese original", () => {
    const content = languagesCopy();
    content.write("en/sections/10-digital.md", "---\norder: 10\nslug: digital\ntitle: Build a digital Nanlang.\n---\n\nText.\n");
    expect(content.check().problems).toEqual([
      expect.objectContaining({ file: "content/en/sections/10-digital.md", line: 1, en: expect.stringContaining("no file named sections/10-digital.md") }),
    ]);
  });

  it("checks an English file's own mistakes even while the original has one, each reported once", () => {
    const content = languagesCopy();
    content.edit("zh-CN/sections/07-livelihood.md", (text) => text.replace(" {#ten-projects}", ""));
    content.edit(TOURISM, (text) => text.replace("slug: tourism", "slug：tourism"));
    const result = content.check();
    expect(result.problems.map((p) => p.file)).toEqual(["content/zh-CN/sections/07-livelihood.md", "content/en/sections/02-tourism.md"]);
  });
});

describe("a translation that lags behind the original is a notice: the build goes on", { timeout: 30_000 }, () => {
  it("a new heading in the Chinese file: the English page shows it in Chinese, the check says what the translation lacks", () => {
    const content = languagesCopy();
    content.edit("zh-CN/sections/02-tourism.md", (text) =>
      text.replace("## 鼓励民宿产业发展。", "## 打造海洋旅游品牌。 {#marine-tourism}\n\n发展海洋旅游。\n\n## 鼓励民宿产业发展。"),
    );
    const result = content.check();
    expect(result.ok, result.output).toBe(true);
    expect(result.notices).toEqual([
      expect.objectContaining({
        file: "content/en/sections/02-tourism.md",
        line: lineOf(content.read(TOURISM), "{#coastal-greenway}"),
        zh: expect.stringMatching(
          /^英文译本尚缺原文 content\/zh-CN\/sections\/02-tourism\.md 中的标题“打造海洋旅游品牌。”（\{#marine-tourism\}，第 \d+ 行）。英文网站在这些地方暂时显示中文原文，并注明尚未翻译。这不影响发布/,
        ),
        en: expect.stringContaining('The English translation lacks the original\'s heading "打造海洋旅游品牌。"'),
      }),
    ]);
    expect(result.output).toContain("ℹ 1 条提示，不影响发布 / 1 notice(s); the site is still built");
    const tourism = content.load("en").sections.find((s) => s.slug === "tourism")!;
    expect(tourism.lang).toBe("en");
    expect(tourism.headings.map((h) => [h.id, h.lang])).toEqual([
      ["scenic-area-review", undefined],
      ["all-area-tourism", undefined],
      ["coastal-greenway", undefined],
      ["marine-tourism", "zh-CN"],
      ["homestays", undefined],
    ]);
    expect(tourism.html).toMatch(
      /<h2 id="coastal-greenway">[^<]+<\/h2>[\s\S]*<h2 lang="zh-CN" id="marine-tourism">打造海洋旅游品牌。<\/h2><p class="untranslated-notice">This part has not been translated into English yet, so it is shown in Chinese\.<\/p><div lang="zh-CN">\s*<p>发展海洋旅游。<\/p>\s*<\/div><h2 id="homestays">/,
    );
  });

  it("a new project in the Chinese file: the English list shows it in Chinese", () => {
    const content = languagesCopy();
    content.edit(
      "zh-CN/projects.md",
      (text) =>
        `${text.replace(/\n---\n/, "\n  - number: 11\n    title: 建设智慧社区\n    related:\n      - { section: livelihood, anchor: ten-projects }\n---\n")}`,
    );
    const result = content.check();
    expect(result.ok, result.output).toBe(true);
    expect(result.notices).toEqual([
      expect.objectContaining({
        file: "content/en/projects.md",
        zh: expect.stringContaining("英文译本尚缺原文 content/zh-CN/projects.md 中的第 11 件实事“建设智慧社区”"),
      }),
    ]);
    const projects = content.load("en").livelihoodProjects.projects;
    expect(projects).toHaveLength(11);
    expect(projects[10]).toEqual({ number: 11, title: "建设智慧社区", related: [{ section: "livelihood", anchor: "ten-projects" }], lang: "zh-CN" });
    expect(projects[0]?.lang).toBeUndefined();
  });

  it("a project's related paragraphs changed in the Chinese file: the English site follows the original", () => {
    const content = languagesCopy();
    content.edit("zh-CN/projects.md", (text) =>
      text.replace("{ section: public-services, anchor: education }", "{ section: public-services, anchor: culture }"),
    );
    const result = content.check();
    expect(result.ok, result.output).toBe(true);
    expect(result.notices).toEqual([
      expect.objectContaining({
        file: "content/en/projects.md",
        line: lineOf(content.read("en/projects.md"), "related:") + 1,
        zh: expect.stringContaining("英文译本的第 1 件实事的相关段落（related）与原文 content/zh-CN/projects.md 不同，网站使用原文的"),
      }),
    ]);
    expect(content.load("en").livelihoodProjects.projects[0]?.related).toEqual([
      { section: "livelihood", anchor: "ten-projects" },
      { section: "public-services", anchor: "culture" },
    ]);
  });

  it("a changed order or slug in the English file: the site uses the original's, and says so", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace("slug: tourism", "slug: culture-and-tourism").replace("order: 2", "order: 12"));
    const result = content.check();
    expect(result.ok, result.output).toBe(true);
    expect(result.notices).toEqual([
      expect.objectContaining({
        file: "content/en/sections/02-tourism.md",
        line: 2,
        zh: "英文译本的 order（这里是 12，原文为 2）、slug（这里是 culture-and-tourism，原文为 tourism）与原文 content/zh-CN/sections/02-tourism.md 不同，网站使用原文的。这不影响发布；请在译文中补上或改正。",
      }),
    ]);
    expect(planShape(content.load("en"))).toEqual(planShape(content.load("zh-CN")));
  });

  it("a new Chinese section with no English file yet: a notice where the English file belongs", () => {
    const content = languagesCopy();
    content.write(
      "zh-CN/sections/10-digital.md",
      "---\norder: 10\nslug: digital\ntitle: 建设数字南朗。\n---\n\n引言。\n\n## 数字政府。 {#digital-government}\n\n正文。\n",
    );
    const result = content.check();
    expect(result.ok, result.output).toBe(true);
    expect(result.notices).toEqual([
      expect.objectContaining({
        file: "content/en/sections/10-digital.md",
        line: 1,
        zh: expect.stringContaining("英文译本尚缺这个文件（原文 content/zh-CN/sections/10-digital.md）"),
      }),
    ]);
    expect(result.lines).toBeLessThanOrEqual(12);
    expect(content.load("en").sections.at(-1)).toMatchObject({ slug: "digital", lang: "zh-CN", title: "建设数字南朗。" });
  });
});

describe("a part with no English translation yet shows the Chinese text, marked as Chinese", { timeout: 30_000 }, () => {
  it("takes a missing section from the Chinese original, with lang zh-CN", () => {
    const content = languagesCopy();
    content.remove(TOURISM);
    const plan = content.load("en");
    const tourism = plan.sections.find((s) => s.slug === "tourism");
    expect(plan.sections).toHaveLength(9);
    expect(tourism).toMatchObject({ lang: "zh-CN", order: 2, title: "推进孙中山故里旅游区整体升级，打造滨海国际商务文旅胜地。" });
    expect(tourism?.html).toContain("孙中山故里");
    expect(plan.sections.find((s) => s.slug === "biomedicine")?.lang).toBe("en");
  });

  it("takes a missing overview or projects file from the original too, never leaving a page empty", () => {
    const content = languagesCopy();
    content.remove("en/overview.md");
    content.remove("en/projects.md");
    const plan = content.load("en");
    expect(plan.overview).toMatchObject({ title: "2021年工作安排", lang: "zh-CN" });
    expect(plan.livelihoodProjects).toMatchObject({ title: "十件民生实事", lang: "zh-CN" });
  });

  it("keeps the Chinese text's links on the English pages", () => {
    const content = languagesCopy();
    content.remove(TOURISM);
    content.edit("zh-CN/sections/02-tourism.md", (text) => `${text}\n见[十件民生实事](/sections/livelihood/#ten-projects)。\n`);
    const tourism = content.load("en").sections.find((s) => s.slug === "tourism");
    expect(tourism?.html).toContain('<a href="/en/sections/livelihood/#ten-projects">十件民生实事</a>');
  });
});
