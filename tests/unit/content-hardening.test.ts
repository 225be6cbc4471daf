import { describe, expect, it } from "vitest";
import { LIMITS } from "@/lib/content/schema";
import { ProblemList } from "@/lib/content/messages";
import { renderMarkdown } from "@/lib/content/markdown";
import { SITE_ID_PREFIXES, SITE_IDS } from "@/lib/site-ids";
import { lineOf } from "./content-fixture";
import { languagesCopy } from "./translation-fixture";

/**
 * Content cannot reach the page's own machinery, fetch from another host, or crash the
 * check: every such input is refused with one message at its file and line.
 */

const TOURISM = "zh-CN/sections/02-tourism.md";
const TOURISM_FILE = `content/${TOURISM}`;

function render(markdown: string) {
  const problems = new ProblemList();
  return { ...renderMarkdown(markdown, "test.md", 0, problems), problems: problems.items };
}

/** The whole check of a copy changed by `change`: one problem at `line`, a short report, no stack trace. */
function refusedOnce(
  change: (content: ReturnType<typeof languagesCopy>) => void,
  expected: { line?: number | ((text: string) => number); zh: RegExp | string; en?: RegExp | string; file?: string },
) {
  const content = languagesCopy();
  change(content);
  const started = Date.now();
  const result = content.check();
  expect(Date.now() - started, "the check answers within seconds").toBeLessThan(15_000);
  expect(result.ok, result.output).toBe(false);
  expect(result.problems, result.output).toHaveLength(1);
  const file = expected.file ?? TOURISM_FILE;
  const line = typeof expected.line === "function" ? expected.line(content.read(TOURISM)) : expected.line;
  expect(result.problems[0]).toMatchObject({ file, ...(line ? { line } : {}) });
  expect(result.problems[0]?.zh).toMatch(expected.zh);
  if (expected.en) expect(result.problems[0]?.en).toMatch(expected.en);
  expect(result.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(result.lines, result.output).toBeLessThanOrEqual(12);
  return result;
}

// Each test checks a copy of the whole content, every language: seconds on a busy machine.
describe("a content anchor cannot take an id the site uses", { timeout: 30_000 }, () => {
  const owned = [...Object.values(SITE_IDS), ...SITE_ID_PREFIXES.map((prefix) => `${prefix}1`)];

  it.each(owned)("refuses {#%s}", (id) => {
    const { problems, html } = render(`## 标题 {#${id}}\n\n正文。\n`);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 1,
        zh: `锚点“${id}”是网站自身使用的名称，不能用作标题锚点（否则跳转和页面功能会出错）。请换一个，例如 ${id}-plan。`,
        en: expect.stringContaining(`"${id}" is a name the site itself uses`),
      }),
    ]);
    expect(html).not.toContain(`id="${id}"`);
  });

  it("fails the whole check at the heading's line, in the Chinese file only", () => {
    refusedOnce((content) => content.edit(TOURISM, (text) => text.replace("{#homestays}", "{#main}")), {
      line: (text) => lineOf(text, "{#main}"),
      zh: /锚点“main”是网站自身使用的名称/,
      en: /"main" is a name the site itself uses/,
    });
  });

  it("refuses two headings with one anchor in a file, and gives the second no id", () => {
    const { problems, html } = render("## 一 {#same}\n\n## 二 {#same}\n");
    expect(problems).toEqual([expect.objectContaining({ line: 3, zh: "锚点“same”在本文件中重复出现，每个标题的锚点必须不同。" })]);
    expect(html.match(/id="same"/g)).toHaveLength(1);
  });

  it("lets no id, name, data-* attribute, ARIA id reference, tab stop, access key or script of any type through", () => {
    const { html } = render(
      [
        '<div id="main" data-module="toolbar" data-strings="x" name="main" aria-labelledby="top" aria-describedby="main" tabindex="0" accesskey="s" itemprop="x">文字</div>',
        '<script type="application/json" id="display-modes-strings">{"a":1}</script>',
        '<script type="module">window.__pwned=1</script>',
        "<template><p>模板</p></template>",
        '<a href="#main" id="top" name="x">链接</a>',
        '<img src="/images/a.png" alt="图" id="i" name="n" srcset="https://evil.example/a.png 2x" data-src="x">',
        '<picture><source srcset="https://evil.example/b.png"><img src="/images/b.png" alt="图"></picture>',
        '<form id="f"><input name="q" form="f"></form>',
        "文字[^1]\n\n[^1]: 脚注",
      ].join("\n\n"),
    );
    expect(html).not.toMatch(
      /\sid=|\sname=|\sdata-|aria-labelledby|aria-describedby|tabindex|accesskey|itemprop|<script|<template|<source|<picture|<form|srcset/i,
    );
    expect(html).toContain("文字");
    expect(html).toContain('<a href="#main">链接</a>');
  });
});

describe("images: only the project's own files, with a description", { timeout: 30_000 }, () => {
  const cases: [string, string, RegExp][] = [
    ["an image on another site", "![地图](https://evil.example/map.png)", /来自其他网站/],
    ["a protocol-relative image", "![地图](//evil.example/map.png)", /来自其他网站/],
    ["a data: image", "![地图](data:image/png;base64,iVBORw0KGgo=)", /来自其他网站/],
    ["an HTML image on another site", '<img src="https://evil.example/x.png" alt="地图">', /来自其他网站/],
    ["an image with srcset", '<img src="/images/map.png" srcset="https://evil.example/x.png 2x" alt="地图">', /不能使用 srcset/],
    [
      "a picture source with srcset",
      '<picture><source srcset="https://evil.example/x.png"><img src="/images/map.png" alt="地图"></picture>',
      /不能使用 srcset/,
    ],
    ["an image outside public/images", "![地图](/map.png)", /图片地址“\/map\.png”不对/],
    ["a relative image path", "![地图](images/map.png)", /图片地址“images\/map\.png”不对/],
    ["an SVG image (it can carry script)", "![地图](/images/map.svg)", /jpg、png、webp、gif 或 avif/],
    ["an image without a description", "![](/images/map.png)", /图片缺少说明文字/],
    ["an image whose description is only spaces", '<img src="/images/map.png" alt="  ">', /图片缺少说明文字/],
  ];

  it.each(cases)("refuses %s, at its line", (_name, markdown, says) => {
    const { problems, html } = render(`段落。\n\n${markdown}\n`);
    expect(problems).toEqual([expect.objectContaining({ line: 3, zh: expect.stringMatching(says) })]);
    expect(html).not.toMatch(/evil\.example|data:image/);
  });

  it("keeps no image of another host in the HTML, whatever the check said", () => {
    expect(render("![地图](//evil.example/map.png)").html).not.toContain("<img");
  });

  it("fails the check for a missing image file, naming where it belongs", () => {
    refusedOnce((content) => content.edit(TOURISM, (text) => `${text}\n![南朗镇地图](/images/map.png)\n`), {
      line: (text) => lineOf(text, "![南朗镇地图]"),
      zh: /找不到文件 \/images\/map\.png：它应在 public\/images\/map\.png/,
    });
  });

  it("fails the check for an external image in the file that has it", () => {
    refusedOnce((content) => content.edit(TOURISM, (text) => `${text}\n![地图](https://evil.example/map.png)\n`), {
      line: (text) => lineOf(text, "evil.example"),
      zh: /来自其他网站/,
      en: /on another site/,
    });
  });
});

describe("front-matter strings have limits, said in the message", { timeout: 30_000 }, () => {
  const over = (limit: number) => "长".repeat(limit + 1);
  const cases: [string, string, (text: string, value: string) => string, number][] = [
    ["a section title", TOURISM, (text, value) => text.replace(/^title: .*$/m, `title: ${value}`), LIMITS.title],
    ["a section description", TOURISM, (text, value) => text.replace(/^title: (.*)$/m, `title: $1\ndescription: ${value}`), LIMITS.description],
    ["the overview's note", "zh-CN/overview.md", (text, value) => text.replace(/^note: .*$/m, `note: ${value}`), LIMITS.note],
    ["the overview's source", "zh-CN/overview.md", (text, value) => text.replace(/^source: .*$/m, `source: ${value}`), LIMITS.source],
    ["a target's label", "zh-CN/overview.md", (text, value) => text.replace("label: 工业投资", `label: ${value}`), LIMITS.label],
    ["a target's unit", "zh-CN/overview.md", (text, value) => text.replace("unit: 亩", `unit: ${value}`), LIMITS.unit],
    ["a target's quote", "zh-CN/overview.md", (text, value) => text.replace("quote: 完成工业投资14亿元", `quote: ${value}`), LIMITS.quote],
    ["a project's title", "zh-CN/projects.md", (text, value) => text.replace("title: 实施南朗镇教育提质工程", `title: ${value}`), LIMITS.title],
  ];

  it.each(cases)("refuses %s longer than its limit", (_name, file, change, limit) => {
    refusedOnce((content) => content.edit(file, (text) => change(text, over(limit))), {
      file: `content/${file}`,
      zh: new RegExp(`太长：有 ${limit + 1} 个字，最多 ${limit} 个。请缩短。$`),
      en: new RegExp(`too long: ${limit + 1} characters, at most ${limit}`),
    });
  });

  it("accepts a title at its limit", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace(/^title: .*$/m, `title: ${"长".repeat(LIMITS.title)}`));
    expect(content.check().ok).toBe(true);
  });

  it("refuses an anchor or a slug longer than its limit, and a heading too long for a table of contents", () => {
    const long = "a".repeat(LIMITS.slug + 1);
    expect(render(`## 标题 {#${long}}\n`).problems).toEqual([expect.objectContaining({ zh: expect.stringContaining(`最多 ${LIMITS.slug} 个`) })]);
    expect(render(`## ${"长".repeat(LIMITS.heading + 1)} {#long}\n`).problems).toEqual([
      expect.objectContaining({ zh: `标题太长：有 ${LIMITS.heading + 1} 个字，最多 ${LIMITS.heading} 个。` }),
    ]);
  });

  it("refuses a 100,000-character title, whatever the size of the file", () => {
    refusedOnce((content) => content.edit(TOURISM, (text) => text.replace(/^title: .*$/m, `title: ${"x".repeat(100_000)}`)), {
      line: 4,
      zh: /太长：有 100000 个字，最多 300 个/,
    });
  });

  it("refuses a file far larger than any part of the plan", () => {
    refusedOnce((content) => content.edit(TOURISM, (text) => `${text}\n${"很长的段落。".repeat(50_000)}\n`), {
      line: 1,
      zh: /文件太大（\d+ KB），一个内容文件最多 256 KB/,
    });
  });
});

describe("control and direction-override characters are refused, in front matter and body", { timeout: 30_000 }, () => {
  const chars: [string, string][] = [
    ["a bell (C0 control)", "\u0007"],
    ["DEL", "\u007f"],
    ["a C1 control", "\u0085"],
    ["a right-to-left override", "\u202e"],
    ["a left-to-right isolate", "\u2066"],
    ["a right-to-left mark", "\u200f"],
  ];

  it.each(chars)("refuses %s in a title", (_name, char) => {
    refusedOnce((content) => content.edit(TOURISM, (text) => text.replace(/^title: /m, `title: 推进${char}`)), {
      line: 4,
      zh: /^第 4 行有看不见的(文字方向)?控制(字)?符/,
      en: /^line 4 holds an invisible/,
    });
  });

  it.each(chars)("refuses %s in the body, naming every line once", (_name, char) => {
    const result = refusedOnce(
      (content) => content.edit(TOURISM, (text) => text.replace("加快推进孙中山", `加快${char}推进孙中山`).replace("高标准完成", `高标准${char}完成`)),
      {
        line: (text) => lineOf(text, "加快"),
        zh: /^第 \d+ 行（还有第 \d+ 行）有看不见的/,
      },
    );
    expect(result.problems).toHaveLength(1);
  });
});

describe("YAML beyond fields and values is refused, not interpreted", { timeout: 30_000 }, () => {
  it("an alias bomb (billion laughs): refused at the anchor, fast", () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...["b", "c", "d", "e", "f", "g", "h"].map(
        (key, i, all) =>
          `${key}: &${key} [${Array(9)
            .fill(`*${i === 0 ? "a" : all[i - 1]}`)
            .join(",")}]`,
      ),
    ].join("\n");
    refusedOnce((content) => content.edit(TOURISM, (text) => text.replace("slug: tourism", `slug: tourism\n${bomb}`)), {
      line: 4,
      zh: "前言里不能使用 YAML 的锚点（&a）：请直接写出值。如果这是文字，请把整个值用英文双引号括起来。",
      en: /YAML anchor \(&a\)/,
    });
  });

  it("an alias inside a list", () => {
    refusedOnce(
      (content) =>
        content.edit("zh-CN/projects.md", (text) =>
          text.replace("      - { section: public-services, anchor: education }", "      - &ref { section: public-services, anchor: education }\n      - *ref"),
        ),
      { file: "content/zh-CN/projects.md", line: 9, zh: /YAML 的锚点（&ref）/ },
    );
  });

  it("a value that is only an alias", () => {
    refusedOnce((content) => content.edit(TOURISM, (text) => text.replace(/^title: .*$/m, "title: *x")), { line: 4, zh: /title 的值以 \* 开头/ });
  });

  it.each([
    ["a tag of a language object", "!!js/function 'x'"],
    ["an unknown local tag", "!foo bar"],
    ["binary data", "!!binary aGk="],
  ])("%s, wherever it stands", (_name, tagged) => {
    refusedOnce(
      (content) =>
        content.edit("zh-CN/projects.md", (text) =>
          text.replace("{ section: public-services, anchor: education }", `{ section: public-services, anchor: ${tagged} }`),
        ),
      { file: "content/zh-CN/projects.md", line: 9, zh: /前言里不能使用 YAML 的标签（!/ },
    );
  });

  it.each([
    ["flow lists nested thousands deep", `description: ${"[".repeat(5000)}${"]".repeat(5000)}`],
    ["flow maps nested thousands deep", `description: ${"{a: ".repeat(3000)}1${"}".repeat(3000)}`],
  ])("%s", (_name, yaml) => {
    refusedOnce((content) => content.edit(TOURISM, (text) => text.replace("slug: tourism", `slug: tourism\n${yaml}`)), {
      line: 4,
      zh: /前言（front matter）这一行写法有误/,
    });
  });

  it("block maps nested thousands deep", () => {
    const deep = Array.from({ length: 300 }, (_, i) => `${" ".repeat(i * 2)}a${i}:`).join("\n");
    refusedOnce(
      (content) => content.edit(TOURISM, (text) => text.replace("slug: tourism", `slug: tourism\ndescription:\n  ${deep.replace(/\n/g, "\n  ")} x`)),
      { zh: /前言|description/ },
    );
  });
});

describe("Markdown nested thousands deep is one message, never a crash", { timeout: 30_000 }, () => {
  // [name, Markdown, how many lines after its first the message is at]
  const cases: [string, string, number][] = [
    ["quotes", `${"> ".repeat(5000)}深`, 0],
    ["list items on one line", `${"- ".repeat(5000)}深`, 0],
    // (Indentation is refused from 48 columns on: the 25th level, the 26th line.)
    ["indented list levels", Array.from({ length: 400 }, (_, i) => `${" ".repeat(i * 2)}- 深`).join("\n"), 25],
    ["HTML elements", `${"<div>".repeat(20_000)}深${"</div>".repeat(20_000)}`, 0],
    ["unclosed HTML elements", `${"<span>".repeat(20_000)}深`, 0],
  ];

  it.each(cases)("%s", (_name, markdown, after) => {
    refusedOnce((content) => content.edit(TOURISM, (text) => `${text}\n${markdown}\n`), {
      line: (text) => lineOf(text, markdown.split("\n")[0]!.slice(0, 20)) + after,
      zh: /嵌套太深/,
    });
  });

  it("deep emphasis and brackets are only text, and render", () => {
    const { problems, html } = render(`${"*".repeat(2000)}深${"*".repeat(2000)} ${"[".repeat(5000)}深${"]".repeat(5000)}\n`);
    expect(problems.filter((p) => !p.zh.includes("粗体"))).toEqual([]);
    expect(html).toContain("深");
  });

  it("bytes that are no text at all: the encoding is refused, not a crash", () => {
    refusedOnce((content) => content.writeBytes(TOURISM, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))), {
      zh: /不是 UTF-8 编码|UTF-16/,
    });
  });
});
