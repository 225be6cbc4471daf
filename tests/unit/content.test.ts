import { describe, expect, it } from "vitest";
import { loadPlan } from "@/lib/content";
import { ContentError } from "@/lib/content/messages";
import { contentCopy, lineOf } from "./content-fixture";

const SECTION = "sections/01-biomedicine.md";

// Each test checks a copy of the whole content, every language: seconds on a busy machine.
describe("the real content", { timeout: 30_000 }, () => {
  const plan = loadPlan();

  it("has the plan overview with its source and publication date", () => {
    expect(plan.overview).toMatchObject({ title: "2021年工作安排", note: "节选自政府工作报告", source: "本网", published: "2021-03-03" });
    expect(plan.overview.headings.map((h) => h.id)).toEqual(["targets"]);
    expect(plan.overview.html).toContain("力争GDP增长8%");
  });

  it("has nine sections in the order of the plan, each with anchored subsections", () => {
    expect(plan.sections.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(plan.sections[0]?.title).toBe("实施重大产业平台“头号工程”，打造湾区生物医药中心。");
    expect(plan.sections[0]?.headings[0]).toMatchObject({ id: "strategic-platform", text: "提升战略平台，增强政策优势。", depth: 2 });
    for (const section of plan.sections) {
      expect(section.headings.length).toBeGreaterThanOrEqual(3);
      expect(section.html).toContain(`id="${section.headings[0]?.id}"`);
    }
  });

  it("has the ten livelihood projects, numbered 1 to 10, each related to a paragraph", () => {
    const { projects } = plan.livelihoodProjects;
    expect(projects.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(projects[0]?.title).toBe("实施南朗镇教育提质工程");
    for (const project of projects) expect(project.related[0]).toEqual({ section: "livelihood", anchor: "ten-projects" });
  });

  it("gives every section a description taken from its own text", () => {
    for (const section of plan.sections) {
      expect(section.description.length).toBeGreaterThan(10);
      expect(section.html.replace(/<[^>]+>/g, "")).toContain(section.description.replace(/…$/, ""));
    }
  });
});

describe("broken content stops the build with the file, the line and what to do", { timeout: 30_000 }, () => {
  it("reports a YAML syntax error at its line", () => {
    const content = contentCopy();
    content.edit(SECTION, (text) => text.replace("slug: biomedicine", "slug: biomedicine\n- extra"));
    const problems = content.problems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/zh-CN/sections/01-biomedicine.md" });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(problems[0]?.zh).toContain("前言（front matter）这一行写法有误");
    expect(problems[0]?.en).toContain("front matter is not valid");
  });

  it("reports a file with no front matter", () => {
    const content = contentCopy();
    content.edit(SECTION, (text) => text.replace(/^---\n/, ""));
    expect(content.problems()[0]).toMatchObject({ line: 1, zh: expect.stringContaining("缺少前言"), en: expect.stringContaining("front matter") });
  });

  it("names a missing required field", () => {
    const content = contentCopy();
    content.edit(SECTION, (text) => text.replace(/^title: .*\n/m, ""));
    expect(content.problems()).toEqual([
      expect.objectContaining({
        file: "content/zh-CN/sections/01-biomedicine.md",
        field: "title",
        zh: "缺少必填字段“title”。",
        en: 'The required field "title" is missing.',
      }),
    ]);
  });

  it("names a field of the wrong type, at its line, with what was expected", () => {
    const content = contentCopy();
    content.edit(SECTION, (text) => text.replace("order: 1", "order: first"));
    const text = content.read(SECTION);
    expect(content.problems()).toEqual([
      expect.objectContaining({
        line: lineOf(text, "order: first"),
        field: "order",
        zh: expect.stringContaining("应为：正整数"),
        en: expect.stringContaining("whole number"),
      }),
    ]);
  });

  it("rejects an impossible publication date", () => {
    const content = contentCopy();
    content.edit("overview.md", (text) => text.replace("published: 2021-03-03", "published: 2021-02-30"));
    expect(content.problems()[0]).toMatchObject({ file: "content/zh-CN/overview.md", line: 5, field: "published" });
  });

  it("rejects an unknown field, so a misspelt one is not silently ignored", () => {
    const content = contentCopy();
    content.edit(SECTION, (text) => text.replace("title:", "titel: x\ntitle:"));
    expect(content.problems().map((p) => p.zh)).toContainEqual(expect.stringContaining("无法识别的字段：titel"));
  });

  it("rejects two sections with the same slug, and with the same order", () => {
    const content = contentCopy();
    content.edit("sections/02-tourism.md", (text) => text.replace("slug: tourism", "slug: biomedicine").replace("order: 2", "order: 1"));
    const problems = content.problems();
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "content/zh-CN/sections/02-tourism.md",
        line: 3,
        field: "slug",
        zh: expect.stringContaining("与 content/zh-CN/sections/01-biomedicine.md 重复"),
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ line: 2, field: "order", en: expect.stringContaining("already used") }));
  });

  it("rejects a livelihood project that points at a section that does not exist", () => {
    const content = contentCopy();
    content.edit("projects.md", (text) => text.replace("section: public-services, anchor: education", "section: schools, anchor: education"));
    const text = content.read("projects.md");
    expect(content.problems()).toEqual([
      expect.objectContaining({
        file: "content/zh-CN/projects.md",
        line: lineOf(text, "section: schools"),
        field: "projects.0.related.1.section",
        zh: expect.stringContaining("章节“schools”不存在"),
      }),
    ]);
  });

  it("rejects a livelihood project that points at a paragraph that does not exist", () => {
    const content = contentCopy();
    content.edit("projects.md", (text) => text.replace("anchor: health", "anchor: hospital"));
    expect(content.problems()[0]).toMatchObject({ field: "projects.1.related.1.anchor", en: expect.stringContaining('"hospital"') });
  });

  it("rejects an internal link to a page, or to an anchor, that does not exist", () => {
    const content = contentCopy();
    content.edit(SECTION, (text) => `${text}\n见[十件民生实事](/sections/livelihod/)和[目标](/#goals)，以及[本节](#strategic-platform)。\n`);
    const line = lineOf(content.read(SECTION), "见[十件民生实事]");
    const problems = content.problems();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ line, zh: expect.stringContaining("/sections/livelihod/ 指向的页面不存在") });
    expect(problems[1]).toMatchObject({ line, en: expect.stringContaining('the anchor "goals"') });
  });

  it("rejects a subsection heading without an anchor, and a level-1 heading in the body", () => {
    const content = contentCopy();
    content.edit(SECTION, (text) => text.replace(" {#land-and-planning}", "").replace("抢抓“双区驱动”", "# 标题\n\n抢抓“双区驱动”"));
    const text = content.read(SECTION);
    const problems = content.problems();
    expect(problems).toContainEqual(expect.objectContaining({ line: lineOf(text, "# 标题"), zh: expect.stringContaining("不能使用一级标题") }));
    expect(problems).toContainEqual(expect.objectContaining({ line: lineOf(text, "## 拓展用地空间"), zh: expect.stringContaining("缺少锚点") }));
  });

  it("lists every problem at once, as one readable message", () => {
    const content = contentCopy();
    content.edit(SECTION, (text) => text.replace("order: 1", "order: -1"));
    content.edit("sections/02-tourism.md", (text) => text.replace(/^title: .*\n/m, ""));
    try {
      content.load();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      const message = (error as Error).message;
      expect(message).toContain("内容检查未通过：2 处需要修改 / Content check failed: 2 problem(s) to fix");
      expect(message).toContain("content/zh-CN/sections/01-biomedicine.md:2（第 2 行 / line 2");
      expect(message).toContain("content/zh-CN/sections/02-tourism.md");
    }
  });
});
