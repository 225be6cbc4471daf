import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content-errors";
import { getPlan } from "@/lib/plan";
import { lineOf } from "./content-fixture";
import { languagesCopy, planShape } from "./translation-fixture";

const TOURISM = "en/sections/02-tourism.md";

describe("the English translation", () => {
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

describe("an English file that does not mirror the Chinese one is reported with its file and line", () => {
  it("reports a changed slug and order at their lines, in Chinese and English", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace("slug: tourism", "slug: culture-and-tourism").replace("order: 2", "order: 12"));
    const problems = content.problems("en");
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "content/en/sections/02-tourism.md",
        line: 3,
        field: "slug",
        zh: expect.stringContaining("与原文 content/zh-CN/sections/02-tourism.md 中的 \"tourism\" 不同"),
        en: expect.stringContaining('differs from "tourism" in the original'),
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ file: "content/en/sections/02-tourism.md", line: 2, field: "order" }));
    expect(formatProblem(problems[0]!)).toMatch(/^content\/en\/sections\/02-tourism\.md:\d+（第 \d+ 行 \/ line \d+/);
  });

  it("reports a renamed heading anchor at the heading's line, naming the original's anchor", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace("{#homestays}", "{#bed-and-breakfast}"));
    const text = content.read(TOURISM);
    const problems = content.problems("en");
    expect(problems).toContainEqual(
      expect.objectContaining({ file: "content/en/sections/02-tourism.md", line: lineOf(text, "{#bed-and-breakfast}"), en: expect.stringContaining('"bed-and-breakfast" is not in the original') }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ zh: expect.stringContaining("缺少原文中锚点为“homestays”的标题") }));
  });

  it("reports headings moved out of the original's order", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace("{#scenic-area-review}", "{#TMP}").replace("{#all-area-tourism}", "{#scenic-area-review}").replace("{#TMP}", "{#all-area-tourism}"));
    const text = content.read(TOURISM);
    expect(content.problems("en")).toEqual([
      expect.objectContaining({ line: lineOf(text, "{#all-area-tourism}"), en: expect.stringContaining("not in the original's order") }),
    ]);
  });

  it("reports a project whose number or related paragraphs differ from the original", () => {
    const content = languagesCopy();
    content.edit("en/projects.md", (text) =>
      text.replace("  - number: 3\n", "  - number: 30\n").replace("{ section: public-services, anchor: health }", "{ section: public-services, anchor: culture }"),
    );
    const text = content.read("en/projects.md");
    const problems = content.problems("en");
    expect(problems).toContainEqual(expect.objectContaining({ file: "content/en/projects.md", line: lineOf(text, "number: 30"), field: "projects.2.number" }));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "content/en/projects.md",
        line: lineOf(text, "anchor: culture"),
        field: "projects.1.related.1",
        en: expect.stringContaining('differs from {"section":"public-services","anchor":"health"} in the original'),
      }),
    );
  });

  it("reports an English file that has no Chinese original", () => {
    const content = languagesCopy();
    content.write("en/sections/10-digital.md", "---\norder: 10\nslug: digital\ntitle: Build a digital Nanlang.\n---\n\nText.\n");
    expect(content.problems("en")).toEqual([
      expect.objectContaining({ file: "content/en/sections/10-digital.md", line: 1, en: expect.stringContaining("no file named sections/10-digital.md") }),
    ]);
  });
});

describe("a part with no English translation yet shows the Chinese text, marked as Chinese", () => {
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
