import { describe, expect, it } from "vitest";
import { ProblemList } from "@/lib/content/messages";
import { renderMarkdown } from "@/lib/content/markdown";

function render(markdown: string) {
  const problems = new ProblemList();
  return { ...renderMarkdown(markdown, "test.md", 0, problems), problems: problems.items };
}

describe("Markdown from staff becomes safe HTML", () => {
  const hostile = [
    ["a script element", "<script>alert(1)</script>"],
    ["an event handler on an image", '<img src="x.png" onerror="alert(1)">'],
    ["an event handler on svg", '<svg onload="alert(1)"><circle r="1"/></svg>'],
    ["an event handler on details", '<details open ontoggle="alert(1)"><summary>x</summary></details>'],
    ["a javascript: Markdown link", "[点我](javascript:alert(1))"],
    ["a javascript: HTML link", '<a href="javascript:alert(1)">点我</a>'],
    ["an entity-encoded javascript: link", '<a href="&#106;avascript:alert(1)">点我</a>'],
    ["an iframe", '<iframe src="https://example.com"></iframe>'],
    ["an inline style", '<p style="background:url(javascript:alert(1))">文字</p>'],
    ["a style element", "<style>body{display:none}</style>"],
    ["a form", '<form action="https://example.com"><input name="q"></form>'],
  ] as const;

  it.each(hostile)("removes %s", (_name, markdown) => {
    const { html } = render(`段落\n\n${markdown}\n`);
    expect(html).not.toMatch(/<script|<iframe|<style|<form|<svg|\son[a-z]+=|javascript:|style=/i);
  });

  it("keeps the words of harmless HTML and ordinary Markdown", () => {
    const { html } = render("**加粗** 和 <strong>强调</strong>\n\n| 项目 | 数量 |\n| --- | --- |\n| 工业投资 | 14亿元 |\n");
    expect(html).toContain("<strong>加粗</strong>");
    expect(html).toContain("<strong>强调</strong>");
    expect(html).toContain("<table>");
  });

  it("gives a heading the anchor written after it, and lists it for the table of contents", () => {
    const { html, headings, problems } = render("## 提升战略平台，增强政策优势。 {#strategic-platform}\n\n正文。\n");
    expect(problems).toEqual([]);
    expect(html).toContain('<h2 id="strategic-platform">提升战略平台，增强政策优势。</h2>');
    expect(headings).toEqual([{ id: "strategic-platform", text: "提升战略平台，增强政策优势。", depth: 2, line: 1 }]);
  });

  it("reports a malformed anchor and a skipped heading level, at their lines", () => {
    const { problems } = render("## 标题 {#Bad Anchor}\n\n#### 小标题 {#small}\n");
    expect(problems.map((p) => p.line)).toEqual([1, 3]);
    expect(problems[0]?.zh).toContain("只能由小写英文字母");
    expect(problems[1]?.en).toContain("Heading levels skip");
  });

  it("collects internal links for checking, and ignores external ones", () => {
    const { internalLinks } = render("[一](/sections/biomedicine/#strategic-platform) [二](#x) [三](https://www.zs.gov.cn/)\n");
    expect(internalLinks.map((l) => l.href)).toEqual(["/sections/biomedicine/#strategic-platform", "#x"]);
  });
});
