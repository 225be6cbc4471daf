import { describe, expect, it } from "vitest";
import { lineOf } from "./content-fixture";
import { languagesCopy } from "./translation-fixture";

/**
 * The mistakes a person makes editing the content with no programming knowledge, each as
 * the whole check (`npm run check:content`, every language) sees it: one problem, in the
 * file that must change, at the right line, in plain words, Chinese first; at most 12 lines
 * of output; and nothing published silently.
 */

const TOURISM = "zh-CN/sections/02-tourism.md";
const TOURISM_FILE = `content/${TOURISM}`;

function oneProblem(
  content: ReturnType<typeof languagesCopy>,
  expected: { file: string; line: number; zh: string | RegExp; en: string | RegExp; field?: string },
) {
  const result = content.check();
  expect(result.ok, result.output).toBe(false);
  expect(result.problems, result.output).toHaveLength(1);
  const [problem] = result.problems;
  expect(problem).toMatchObject({ file: expected.file, line: expected.line, ...(expected.field ? { field: expected.field } : {}) });
  expect(problem?.zh).toMatch(expected.zh);
  expect(problem?.en).toMatch(expected.en);
  expect(result.output).toContain(`${expected.file}:${expected.line}（第 ${expected.line} 行 / line ${expected.line}`);
  // Chinese first: the line after the place is the Chinese message.
  expect(result.output.split("\n")[3]).toBe(`  ${problem?.zh}`);
  expect(result.lines, result.output).toBeLessThanOrEqual(12);
  return result;
}

// Each test checks a copy of the whole content, every language: seconds on a busy machine.
describe("a broken front matter is explained by its cause, once", { timeout: 30_000 }, () => {
  it("one Tab in the overview's front matter: one problem that names the Tab, not a flood", () => {
    const content = languagesCopy();
    content.edit("zh-CN/overview.md", (text) => text.replace("  - label: 工业投资", "\t- label: 工业投资"));
    const line = lineOf(content.read("zh-CN/overview.md"), "\t- label: 工业投资");
    const result = oneProblem(content, {
      file: "content/zh-CN/overview.md",
      line,
      zh: /^前言的第 \d+ 行开头用了 Tab 键缩进。前言里只能用空格缩进/,
      en: /indented with a Tab/,
    });
    expect(result.lines).toBe(5);
  });

  it("several Tabs are one mistake, with every line named", () => {
    const content = languagesCopy();
    content.edit("zh-CN/projects.md", (text) => text.replace(/^ {4}title:/gm, "\ttitle:"));
    const text = content.read("zh-CN/projects.md");
    oneProblem(content, { file: "content/zh-CN/projects.md", line: lineOf(text, "\ttitle:"), zh: /还有第 \d+、\d+/, en: /and \d+, \d+/ });
  });

  it("a full-width colon after a field name", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace("slug: tourism", "slug：tourism"));
    oneProblem(content, { file: TOURISM_FILE, line: 3, zh: "字段名 slug 后面用了中文全角冒号“：”。请改成英文冒号加一个空格", en: /full-width colon/ });
  });

  it("a value starting with % without quotes", () => {
    const content = languagesCopy();
    content.edit("zh-CN/overview.md", (text) => text.replace('unit: "%"', "unit: %"));
    const line = lineOf(content.read("zh-CN/overview.md"), "unit: %");
    oneProblem(content, {
      file: "content/zh-CN/overview.md",
      line,
      zh: 'unit 的值以 % 开头，这时整个值要用英文双引号括起来，例如 unit: "%"',
      en: /starts with %: put the whole value in double quotes/,
    });
  });

  it("a colon and a space inside a value", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace(/^title: /m, "title: 文旅: "));
    oneProblem(content, { file: TOURISM_FILE, line: 4, zh: /^title 的值里有英文冒号加空格（“: ”）.*请把整个值用英文双引号括起来/, en: /colon and a space/ });
  });

  it("no colon after a field name", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace("slug: tourism", "slug tourism"));
    oneProblem(content, {
      file: TOURISM_FILE,
      line: 3,
      zh: "字段名 slug 后面缺少英文冒号。请写成“slug: 值”（冒号后留一个空格）。",
      en: /not followed by a colon/,
    });
  });

  it("no space after the colon", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace("slug: tourism", "slug:tourism"));
    oneProblem(content, { file: TOURISM_FILE, line: 3, zh: "字段名 slug 的冒号后面缺少空格", en: /must be followed by a space/ });
  });

  it("a quote that is never closed, and text after a closing quote", () => {
    const open = languagesCopy();
    open.edit(TOURISM, (text) => text.replace(/^title: (.*)$/m, 'title: "$1'));
    oneProblem(open, { file: TOURISM_FILE, line: 4, zh: /没有配对的结尾引号/, en: /never closes/ });
    const after = languagesCopy();
    after.edit(TOURISM, (text) => text.replace(/^title: (.*)$/m, 'title: "推进"孙中山故里'));
    oneProblem(after, { file: TOURISM_FILE, line: 4, zh: /在英文引号结束后还有文字.*请用中文引号“”/, en: /goes on after its closing double quote/ });
  });

  it("the same field twice", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace("slug: tourism", "slug: tourism\nslug: culture"));
    oneProblem(content, { file: TOURISM_FILE, line: 4, zh: /同一个字段写了两次/, en: /written twice/ });
  });

  it("dashes from a Chinese input method instead of ---", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace(/^---/, "———"));
    oneProblem(content, { file: TOURISM_FILE, line: 1, zh: /第一行应是三个英文减号 ---，这里写的是“———”/, en: /three hyphens/ });
  });

  it("a front-matter mistake in one section does not cascade into the projects and links that point at it", () => {
    const content = languagesCopy();
    content.edit("zh-CN/sections/07-livelihood.md", (text) => text.replace("slug: livelihood", "  slug: livelihood"));
    oneProblem(content, { file: "content/zh-CN/sections/07-livelihood.md", line: 3, zh: /^字段 slug 这一行前面多了空格/, en: /indented further/ });
  });
});

describe("fields are named as people count them, with values as written", { timeout: 30_000 }, () => {
  it("a duplicate project number names 第 N 件实事 and the project it clashes with", () => {
    const content = languagesCopy();
    content.edit("zh-CN/projects.md", (text) => text.replace("  - number: 3\n", "  - number: 2\n"));
    const result = oneProblem(content, {
      file: "content/zh-CN/projects.md",
      line: lineOf(content.read("zh-CN/projects.md"), "title: 全面改善水环境") - 1,
      field: "projects.2.number",
      zh: "实事编号 2 已经用于第 2 件实事，每件实事的编号必须不同。",
      en: /already used by project 2/,
    });
    expect(result.output).toContain("；第 3 件实事的 number / project 3, number）");
  });

  it("a value is shown as the file has it (YAML), not as JSON", () => {
    const content = languagesCopy();
    content.edit("zh-CN/projects.md", (text) =>
      text.replace(
        "    related:\n      - { section: livelihood, anchor: ten-projects }\n      - { section: public-services, anchor: education }",
        "    related: { section: livelihood, anchor: ten-projects }",
      ),
    );
    const result = oneProblem(content, {
      file: "content/zh-CN/projects.md",
      line: 7,
      field: "projects.0.related",
      zh: "related 的值 { section: livelihood, anchor: ten-projects } 不符合要求：这里应为列表（每项以“- ”开头）。",
      en: /related is \{ section: livelihood, anchor: ten-projects \}/,
    });
    expect(result.output).toContain("第 1 件实事的 related / project 1, related");
    expect(result.output).not.toContain('{"section"');
  });

  it("a date that does not exist, once (not once per rule it breaks)", () => {
    const content = languagesCopy();
    content.edit("zh-CN/overview.md", (text) => text.replace("published: 2021-03-03", "published: 2021/03/03"));
    oneProblem(content, {
      file: "content/zh-CN/overview.md",
      line: 5,
      zh: "published 的值 2021/03/03 不符合要求，应为：年-月-日格式的真实日期，例如 2021-03-03。",
      en: /published is 2021\/03\/03/,
    });
  });
});

describe("problems of the Chinese original are printed once, against the Chinese file", { timeout: 30_000 }, () => {
  it("a heading without an anchor in the Chinese file: one problem, not repeated for 繁體 or English, none against the English file", () => {
    const content = languagesCopy();
    content.edit("zh-CN/sections/07-livelihood.md", (text) => text.replace(" {#ten-projects}", ""));
    const result = oneProblem(content, {
      file: "content/zh-CN/sections/07-livelihood.md",
      line: lineOf(content.read("zh-CN/sections/07-livelihood.md"), "## 做好十件民生实事。"),
      zh: /缺少锚点/,
      en: /has no anchor/,
    });
    expect(result.output).not.toContain("content/en/");
  });

  it("a renamed anchor that ten projects point at: one problem, at the heading, asking for the old anchor back", () => {
    const content = languagesCopy();
    content.edit("zh-CN/sections/07-livelihood.md", (text) => text.replace("{#ten-projects}", "{#ten-livelihood-projects}"));
    const result = oneProblem(content, {
      file: "content/zh-CN/sections/07-livelihood.md",
      line: lineOf(content.read("zh-CN/sections/07-livelihood.md"), "{#ten-livelihood-projects}"),
      zh: /^有 1\d 处引用锚点“ten-projects”（content\/zh-CN\/projects\.md 第 8、13、\d+.*行.*），但它已不存在；这一行标题的锚点是“ten-livelihood-projects”，是不是由“ten-projects”改来的？锚点发布后不能改：请改回 \{#ten-projects\}。$/,
      en: /Published anchors must not change: put \{#ten-projects\} back\./,
    });
    expect(result.output).not.toContain("content/en/");
  });

  it("one mistyped reference is reported where it is written", () => {
    const content = languagesCopy();
    content.edit("zh-CN/projects.md", (text) => text.replace("anchor: health", "anchor: healht"));
    oneProblem(content, {
      file: "content/zh-CN/projects.md",
      line: lineOf(content.read("zh-CN/projects.md"), "anchor: healht"),
      field: "projects.1.related.1.anchor",
      zh: /指向的段落“healht”在章节 public-services/,
      en: /"healht"/,
    });
  });

  it("a duplicate order is blamed on the file whose name disagrees with it, naming both", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace("order: 2", "order: 1"));
    oneProblem(content, {
      file: TOURISM_FILE,
      line: 2,
      zh: "order 的值 1 与 content/zh-CN/sections/01-biomedicine.md 重复，每一节的 order 必须不同。本文件名以 02 开头，order 是不是应为 2？",
      en: /should its order be 2\?/,
    });
  });

  it("a duplicate order in a file named for it is blamed on the other file", () => {
    const content = languagesCopy();
    content.edit("zh-CN/sections/01-biomedicine.md", (text) => text.replace("order: 1", "order: 2"));
    oneProblem(content, {
      file: "content/zh-CN/sections/01-biomedicine.md",
      line: 2,
      zh: /与 content\/zh-CN\/sections\/02-tourism\.md 重复.*本文件名以 01 开头，order 是不是应为 1？/,
      en: /already used by/,
    });
  });

  it("a slug changed to another section's: one problem, not one more for each target and link to the slug it had", () => {
    const content = languagesCopy();
    content.edit(TOURISM, (text) => text.replace("slug: tourism", "slug: biomedicine"));
    oneProblem(content, {
      file: TOURISM_FILE,
      line: 3,
      zh: "slug 的值 biomedicine 与 content/zh-CN/sections/01-biomedicine.md 重复，每一节的 slug 必须不同。",
      en: /already used by/,
    });
  });

  it("a duplicate slug is blamed on the file whose name does not carry it, without cascading into targets and projects", () => {
    const content = languagesCopy();
    content.edit("zh-CN/sections/09-government.md", (text) => text.replace(/^slug: .*$/m, "slug: tourism"));
    oneProblem(content, {
      file: "content/zh-CN/sections/09-government.md",
      line: 3,
      zh: "slug 的值 tourism 与 content/zh-CN/sections/02-tourism.md 重复，每一节的 slug 必须不同。",
      en: /already used by content\/zh-CN\/sections\/02-tourism\.md/,
    });
  });
});

describe("files in another encoding are refused, never published as mojibake", { timeout: 30_000 }, () => {
  it("a file saved as GBK", () => {
    const content = languagesCopy();
    // 南朗镇 in GBK, as older Notepad and WPS save it (Node has no GBK encoder, so the bytes are written out).
    const nanlang = Buffer.from([0xc4, 0xcf, 0xc0, 0xca, 0xd5, 0xf2]);
    content.writeBytes(
      TOURISM,
      Buffer.concat([Buffer.from("---\norder: 2\nslug: tourism\ntitle: "), nanlang, Buffer.from("\n---\n\n"), nanlang, Buffer.from("\n")]),
    );
    oneProblem(content, {
      file: TOURISM_FILE,
      line: 4,
      zh: /^这个文件不是 UTF-8 编码，看起来是用 GBK.*请用 UTF-8 编码另存/,
      en: /not UTF-8 \(it looks saved as GBK/,
    });
  });

  it("a file saved as UTF-16", () => {
    const content = languagesCopy();
    content.writeBytes(TOURISM, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(content.read(TOURISM), "utf16le")]));
    oneProblem(content, { file: TOURISM_FILE, line: 1, zh: /UTF-16.*请用 UTF-8 编码另存/, en: /UTF-16/ });
  });

  it("a UTF-8 file with a byte-order mark and Windows line ends is fine", () => {
    const content = languagesCopy();
    content.writeBytes(TOURISM, Buffer.from(`\uFEFF${content.read(TOURISM).replace(/\n/g, "\r\n")}`, "utf8"));
    const result = content.check();
    expect(result.ok, result.output).toBe(true);
    expect(content.load("zh-CN").sections[1]?.title).toBe("推进孙中山故里旅游区整体升级，打造滨海国际商务文旅胜地。");
  });
});

describe("Markdown that would publish damage is refused", { timeout: 30_000 }, () => {
  const body = (change: (text: string) => string) => {
    const content = languagesCopy();
    content.edit(TOURISM, change);
    return content;
  };

  it("a paragraph indented by four spaces becomes a code box", () => {
    const content = body((text) => text.replace("\n加快推进孙中山", "\n    加快推进孙中山"));
    oneProblem(content, {
      file: TOURISM_FILE,
      line: lineOf(content.read(TOURISM), "    加快推进孙中山"),
      zh: /^这一段前面有 4 个以上的空格或 Tab，网页上会变成灰色的代码框/,
      en: /code box/,
    });
  });

  it("a paragraph indented by a Tab becomes a code box", () => {
    const content = body((text) => text.replace("\n加快推进孙中山", "\n\t加快推进孙中山"));
    oneProblem(content, { file: TOURISM_FILE, line: lineOf(content.read(TOURISM), "\t加快推进孙中山"), zh: /代码框/, en: /code box/ });
  });

  it("full-width ＃＃ stays a paragraph", () => {
    const content = body((text) => text.replace("## 鼓励民宿产业发展。", "＃＃ 鼓励民宿产业发展。"));
    oneProblem(content, { file: TOURISM_FILE, line: lineOf(content.read(TOURISM), "＃＃"), zh: /^这一行以全角的“＃”开头/, en: /full-width "＃"/ });
  });

  it("an ideographic space after ## stays a paragraph", () => {
    const content = body((text) => text.replace("## 鼓励民宿产业发展。", "##\u3000鼓励民宿产业发展。"));
    oneProblem(content, { file: TOURISM_FILE, line: lineOf(content.read(TOURISM), "##\u3000"), zh: /^## 后面是全角空格/, en: /full-width space/ });
  });

  it("## with no space stays a paragraph", () => {
    const content = body((text) => text.replace("## 鼓励民宿产业发展。", "##鼓励民宿产业发展。"));
    oneProblem(content, { file: TOURISM_FILE, line: lineOf(content.read(TOURISM), "##鼓励"), zh: /^## 后面要有一个空格/, en: /A space must follow the ##/ });
  });

  it("a full-width ｛#…｝ anchor", () => {
    const content = body((text) => text.replace("{#homestays}", "｛#homestays｝"));
    oneProblem(content, { file: TOURISM_FILE, line: lineOf(content.read(TOURISM), "｛#homestays｝"), zh: /锚点用了全角字符/, en: /full-width characters/ });
  });

  it("full-width ＊＊ bold", () => {
    const content = body((text) => text.replace("加快推进孙中山", "＊＊加快推进＊＊孙中山"));
    oneProblem(content, { file: TOURISM_FILE, line: lineOf(content.read(TOURISM), "＊＊"), zh: /全角的“＊＊”/, en: /full-width "＊＊"/ });
  });

  it("** that touches Chinese quotes and so stays on the page", () => {
    const content = body((text) => text.replace("加快“杨殷故居”", "加快**“杨殷故居”**"));
    oneProblem(content, { file: TOURISM_FILE, line: lineOf(content.read(TOURISM), "**“杨殷故居”**"), zh: /粗体标记 \*\* 没有生效/, en: /do not take effect/ });
  });

  it("an anchor written in the middle of a paragraph", () => {
    const content = body((text) => text.replace("加快推进孙中山", "{#review}加快推进孙中山"));
    oneProblem(content, {
      file: TOURISM_FILE,
      line: lineOf(content.read(TOURISM), "{#review}"),
      zh: /锚点 \{#…\} 只能写在 ## 标题行的末尾/,
      en: /belongs only at the end of a ## heading/,
    });
  });

  it("a heading inside a quote", () => {
    const content = body((text) => `${text}\n> ## 引用中的标题 {#quoted}\n`);
    oneProblem(content, {
      file: TOURISM_FILE,
      line: lineOf(content.read(TOURISM), "> ## 引用中的标题"),
      zh: /标题（##）不能写在引用（>）或列表里/,
      en: /may not stand inside a quote/,
    });
  });

  it("a footnote", () => {
    const content = body((text) => `${text.replace("加快推进孙中山", "加快推进[^1]孙中山")}\n[^1]: 注释\n`);
    oneProblem(content, { file: TOURISM_FILE, line: lineOf(content.read(TOURISM), "[^1]: 注释"), zh: /网站不支持脚注/, en: /Footnotes/ });
  });

  it("a link with full-width brackets", () => {
    const content = body((text) => `${text}\n见［十件民生实事］（/projects/）。\n`);
    oneProblem(content, { file: TOURISM_FILE, line: lineOf(content.read(TOURISM), "［十件民生实事］"), zh: /链接用了全角括号/, en: /full-width brackets/ });
  });

  it("a link that is neither a site path nor a full address", () => {
    const content = body((text) => `${text}\n见[民生](sections/livelihood/)和[政府](www.zs.gov.cn)。\n`);
    const result = content.check();
    expect(result.problems.map((p) => p.zh)).toEqual([
      expect.stringContaining("链接 sections/livelihood/ 写法不对"),
      expect.stringContaining("链接 www.zs.gov.cn 写法不对"),
    ]);
    expect(result.problems.every((p) => p.line === lineOf(content.read(TOURISM), "见[民生]"))).toBe(true);
  });

  it("an image whose file does not exist, and a link to a download that does not exist", () => {
    const image = body((text) => `${text}\n![南朗镇地图](/images/map.png)\n`);
    oneProblem(image, {
      file: TOURISM_FILE,
      line: lineOf(image.read(TOURISM), "![南朗镇地图]"),
      zh: "找不到文件 /images/map.png：它应在 public/images/map.png。请把图片放进 public/images/ 文件夹，并核对文件名（包括大小写和扩展名）。",
      en: /does not exist/,
    });
    const download = body((text) => `${text}\n见[附件](/files/plan.pdf)。\n`);
    oneProblem(download, {
      file: TOURISM_FILE,
      line: lineOf(download.read(TOURISM), "[附件]"),
      zh: /找不到文件 \/files\/plan\.pdf.*public\/files\//,
      en: /does not exist/,
    });
  });

  it("an image and a download that exist in public/ pass, and the image is on the page", () => {
    const content = body((text) => `${text}\n![南朗镇地图](/images/map.png)\n\n见[附件](/files/plan.pdf)。\n`);
    content.writeProjectFile("public/images/map.png", "png");
    content.writeProjectFile("public/files/plan.pdf", "pdf");
    expect(content.check().ok).toBe(true);
    expect(content.load("zh-CN").sections[1]?.html).toContain('<img src="/images/map.png" alt="南朗镇地图">');
  });
});

describe("a key-target quote that no longer matches is fixed in one round", { timeout: 30_000 }, () => {
  it("names the closest words on the page, and the figure they state, in one message", () => {
    const content = languagesCopy();
    content.edit("zh-CN/sections/03-investment.md", (text) => text.replace("完成工业投资14亿元", "完成工业投资15亿元"));
    const overview = content.read("zh-CN/overview.md");
    oneProblem(content, {
      file: "content/zh-CN/overview.md",
      line: lineOf(overview, "quote: 完成工业投资14亿元"),
      field: "targets.5.quote",
      zh: "目标“工业投资”的引文“完成工业投资14亿元”在 content/zh-CN/sections/03-investment.md 的“key-industrial-projects”段落中找不到。最接近的是“完成工业投资15亿元”：请把 quote 改成这句原文，并把 value 改成 15。",
      en: /The closest words are "完成工业投资15亿元": set quote to them, and value to 15\./,
    });
    // Doing what it says is enough: no second round on the value.
    content.edit("zh-CN/overview.md", (text) =>
      text.replace("quote: 完成工业投资14亿元", "quote: 完成工业投资15亿元").replace(/value: 14\n(\s+unit: 亿元\n\s+section: investment)/, "value: 15\n$1"),
    );
    const after = content.check();
    expect(after.ok, after.output).toBe(true);
  });

  it("says when the sentence moved under another heading", () => {
    const content = languagesCopy();
    content.edit("zh-CN/overview.md", (text) => text.replace("anchor: key-industrial-projects", "anchor: transport"));
    oneProblem(content, {
      file: "content/zh-CN/overview.md",
      line: lineOf(content.read("zh-CN/overview.md"), "quote: 完成工业投资14亿元"),
      zh: /最接近的是“key-industrial-projects”段落中的“完成工业投资14亿元”：请把 quote 改成这句原文，并把 anchor 改成 key-industrial-projects。/,
      en: /and anchor to key-industrial-projects/,
    });
  });
});
