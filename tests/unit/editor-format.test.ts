import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlan } from "@/lib/content";
import { parseEntry, serializeEntry, SOURCE_KEY, type BodyPart, type EntryData } from "@/editor/client/format";
import { tempDir, writeFile } from "./temp-dir";

/** Every file staff can open in the editor. */
function contentFiles(): string[] {
  return ["zh-CN", "en"].flatMap((language) => {
    const dir = path.join("content", language);
    return ["overview.md", "projects.md", ...fs.readdirSync(path.join(dir, "sections")).map((name) => `sections/${name}`)].map((name) => path.join(dir, name));
  });
}

/** What Decap hands back on save: the entry as it read it, through its own copy (Immutable.js toJS). */
function opened(text: string): EntryData {
  return structuredClone(parseEntry(text));
}

const SECTION = fs.readFileSync("content/zh-CN/sections/01-biomedicine.md", "utf8");
const OVERVIEW = fs.readFileSync("content/zh-CN/overview.md", "utf8");
const PROJECTS = fs.readFileSync("content/zh-CN/projects.md", "utf8");
const SECTION_FIELDS = ["order", "slug", "title", "description"];

describe("the editor's file format", () => {
  it("gives back every content file byte for byte when it is opened and saved unchanged", () => {
    const files = contentFiles();
    expect(files.length).toBeGreaterThanOrEqual(22);
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      expect(serializeEntry(opened(text)), file).toBe(text);
    }
  });

  it("leaves out the empty fields a form adds, so that they change nothing", () => {
    const entry = opened(SECTION);
    entry.description = "";
    expect(serializeEntry(entry, SECTION_FIELDS)).toBe(SECTION);
  });

  it("shows the body as an introduction and headings with their anchors and text", () => {
    const entry = parseEntry(SECTION);
    expect(entry.intro).toMatch(/^抢抓“双区驱动”战略机遇/);
    expect(entry.parts.map((part) => part.anchor)).toEqual([
      "strategic-platform",
      "land-and-planning",
      "innovation-infrastructure",
      "investment-and-cooperation",
    ]);
    expect(entry.parts[0]?.heading).toBe("提升战略平台，增强政策优势。");
    expect(entry.parts[0]?.text).toMatch(/^主动承接翠亨新区.*申报工作。$/);
    expect(entry).toMatchObject({ order: 1, slug: "biomedicine" });
  });

  it("changes one line when one sentence of a paragraph changes", () => {
    const entry = opened(SECTION);
    const part = entry.parts[1] as BodyPart;
    part.text = part.text.replace("计划给予中医药城新增2000亩用地规模", "计划给予中医药城新增2001亩用地规模");
    expect(serializeEntry(entry, SECTION_FIELDS)).toBe(SECTION.replace("新增2000亩用地规模", "新增2001亩用地规模"));
  });

  it("changes only the heading line when a heading is reworded, and keeps its anchor", () => {
    const entry = opened(SECTION);
    (entry.parts[0] as BodyPart).heading = "提升战略平台。";
    expect(serializeEntry(entry, SECTION_FIELDS)).toBe(
      SECTION.replace("## 提升战略平台，增强政策优势。 {#strategic-platform}", "## 提升战略平台。 {#strategic-platform}"),
    );
  });

  it("adds a new heading with its anchor and text where it was put", () => {
    const entry = opened(SECTION);
    entry.parts.splice(1, 0, { heading: "新的标题。", anchor: "new-heading", text: "新的段落。\n" });
    expect(serializeEntry(entry, SECTION_FIELDS)).toBe(SECTION.replace("## 拓展用地空间", "## 新的标题。 {#new-heading}\n\n新的段落。\n\n## 拓展用地空间"));
  });

  it("writes an added optional field after the fields that come before it in the form", () => {
    const entry = opened(SECTION);
    entry.description = "生物医药。";
    expect(serializeEntry(entry, SECTION_FIELDS)).toBe(SECTION.replace("打造湾区生物医药中心。\n", "打造湾区生物医药中心。\ndescription: 生物医药。\n"));
  });

  it("changes a key target's figure and quote on their own lines, in their own quoting", () => {
    const entry = opened(OVERVIEW);
    const targets = entry.targets as Record<string, unknown>[];
    Object.assign(targets[0] as object, { value: 9, quote: "力争GDP增长9%" });
    expect(serializeEntry(entry)).toBe(OVERVIEW.replace("    value: 8\n", "    value: 9\n").replace("quote: 力争GDP增长8%", "quote: 力争GDP增长9%"));
    // The unit "%" keeps its quotes (unquoted, % may not start a YAML value).
    expect(serializeEntry(entry)).toContain('unit: "%"');
  });

  it("keeps a related paragraph on one line, as the file writes the others", () => {
    const entry = opened(PROJECTS);
    const projects = entry.projects as { title: string; related: { section: string; anchor?: string }[] }[];
    (projects[0] as (typeof projects)[0]).title = "实施南朗镇教育提质工程（修订）";
    (projects[3] as (typeof projects)[0]).related.push({ section: "investment", anchor: "transport" });
    const expected = PROJECTS.replace("title: 实施南朗镇教育提质工程\n", "title: 实施南朗镇教育提质工程（修订）\n").replace(
      "    title: 推进智慧畅通工程\n    related:\n      - { section: livelihood, anchor: ten-projects }\n",
      "    title: 推进智慧畅通工程\n    related:\n      - { section: livelihood, anchor: ten-projects }\n      - { section: investment, anchor: transport }\n",
    );
    expect(serializeEntry(entry)).toBe(expected);
  });

  it("removes an optional field that was emptied", () => {
    const entry = opened(OVERVIEW);
    const targets = entry.targets as Record<string, unknown>[];
    (targets[1] as Record<string, unknown>).section = "";
    expect(serializeEntry(entry)).toBe(OVERVIEW.replace("    section: biomedicine\n    anchor: land-and-planning\n", "    anchor: land-and-planning\n"));
  });

  it("keeps a file's byte-order mark and Windows line ends", () => {
    const windows = `\uFEFF${SECTION.replace(/\n/g, "\r\n")}`;
    expect(serializeEntry(opened(windows))).toBe(windows);
    const entry = opened(windows);
    entry.title = "新标题";
    expect(serializeEntry(entry, SECTION_FIELDS)).toBe(windows.replace("title: 实施重大产业平台“头号工程”，打造湾区生物医药中心。", "title: 新标题"));
  });

  it("opens a file with broken front matter, but refuses to save over it, in Chinese first", () => {
    const broken = SECTION.replace("order: 1", "order:\t1\n  bad: [");
    const entry = opened(broken);
    expect(entry.parts.length).toBe(4);
    expect(() => serializeEntry(entry)).toThrow(/^这个文件不能在浏览器中保存：前言的写法有误/);
  });

  it("never writes the text it keeps for itself into the file", () => {
    const entry = opened(SECTION);
    entry.title = "另一个标题";
    const saved = serializeEntry(entry, SECTION_FIELDS);
    expect(saved).not.toContain(SOURCE_KEY);
    expect(saved.match(/^---$/gm)).toHaveLength(2);
  });

  it("writes a new section that the content check accepts and renders", () => {
    const saved = serializeEntry(
      {
        title: "建设数字南朗。",
        slug: "digital",
        order: 10,
        intro: "引言段落。",
        parts: [{ heading: "数字政府。", anchor: "digital-government", text: "第一段。\n\n第二段。" }],
      },
      SECTION_FIELDS,
    );
    expect(saved).toBe(
      "---\norder: 10\nslug: digital\ntitle: 建设数字南朗。\n---\n\n引言段落。\n\n## 数字政府。 {#digital-government}\n\n第一段。\n\n第二段。\n",
    );
    const root = tempDir("editor-new-section");
    fs.cpSync("content/zh-CN", path.join(root, "content/zh-CN"), { recursive: true });
    writeFile(root, "content/zh-CN/sections/10-digital.md", saved);
    const section = loadPlan({ root }).sections.find((s) => s.slug === "digital");
    expect(section?.headings.map((h) => h.id)).toEqual(["digital-government"]);
    expect(section?.paragraphs).toEqual(["引言段落。", "第一段。", "第二段。"]);
  });
});
