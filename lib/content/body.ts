import type { Nodes as MdastNodes, Root as MdastRoot } from "mdast";
import type { Element, Root as HastRoot } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { clip, type ProblemList } from "./messages";

/**
 * Checks of a Markdown body for what a person typing it would not see coming: text that
 * becomes a code box, a heading that stays a paragraph, bold marks left on the page, an
 * image from another host. Each names the line and says what to type instead.
 */

/** Containers (quotes, list items) one line may open, and columns of indentation: far beyond any real text. */
const MAX_CONTAINERS = 12;
const MAX_INDENT = 48;
/** Open HTML elements inside each other. */
const MAX_HTML_DEPTH = 64;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

type Add = (line: number, zh: string, en: string) => void;

function reporter(file: string, lineOffset: number, problems: ProblemList): Add {
  return (line, zh, en) => problems.add({ file, line: line + lineOffset, zh, en });
}

/**
 * Nesting deep enough to exhaust a parser (thousands of `>` or list levels, or of HTML
 * elements): reported before parsing, since the parsers recurse. Returns whether the body
 * may be parsed.
 */
export function checkNesting(body: string, file: string, lineOffset: number, problems: ProblemList): boolean {
  const add = reporter(file, lineOffset, problems);
  let htmlDepth = 0;
  const lines = body.split("\n");
  for (const [index, line] of lines.entries()) {
    const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, "    ").length ?? 0;
    let rest = line;
    let containers = 0;
    for (let match = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/.exec(rest); match && containers <= MAX_CONTAINERS; match = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/.exec(rest)) {
      containers += 1;
      rest = rest.slice(match[0].length);
    }
    if (indent > MAX_INDENT || containers > MAX_CONTAINERS) {
      add(index + 1, `这一行的引用（>）、列表或缩进嵌套太深，网站不能这样排版。请删掉行首多余的符号和空格。`, "This line nests quotes (>), lists or indentation far too deep to lay out. Remove the extra marks and spaces at its start.");
      return false;
    }
    for (const tag of line.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g)) {
      if (VOID.has(tag[2]!.toLowerCase()) || tag[3]) continue;
      htmlDepth = Math.max(0, htmlDepth + (tag[1] ? -1 : 1));
      if (htmlDepth > MAX_HTML_DEPTH) {
        add(index + 1, "这里的 HTML 标签嵌套太深，网站不能这样排版。请不要粘贴 HTML，只写普通文字和 Markdown。", "The HTML here nests far too deep to lay out. Do not paste HTML; write plain text and Markdown.");
        return false;
      }
    }
  }
  return true;
}

/** The text of a node (Markdown), without its children's markup. */
function textOf(node: MdastNodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return node.children.map((child) => textOf(child as MdastNodes)).join("");
  return "";
}

/** Mistakes in the Markdown as written: one problem each, at its line. */
export function checkMarkdown(tree: MdastRoot, source: string, file: string, lineOffset: number, problems: ProblemList): void {
  const add = reporter(file, lineOffset, problems);
  const sourceLines = source.split("\n");
  visit(tree, (node, _index, parent) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case "code": {
        const written = sourceLines[line - 1] ?? "";
        if (/^ {0,3}(?:```|~~~)/.test(written)) return;
        add(
          line,
          "这一段前面有 4 个以上的空格或 Tab，网页上会变成灰色的代码框。请删掉行首的空格和 Tab（段落之间空一行即可）。",
          "This paragraph is indented by four or more spaces or a Tab, so the page would show it as a code box. Remove the spaces and Tabs at the start of its lines (a blank line between paragraphs is enough).",
        );
        return;
      }
      case "footnoteDefinition":
        add(line, "网站不支持脚注（[^1]）。请把说明直接写进正文，例如放在括号里。", "Footnotes ([^1]) are not supported. Put the note in the text itself, for example in brackets.");
        return SKIP;
      case "heading":
        // (Its own text, the anchor included, is checked as a heading later.)
        if (parent && parent.type !== "root") {
          add(line, "标题（##）不能写在引用（>）或列表里。请让标题单独成行，行首不要有 >、- 或空格。", "A heading (##) may not stand inside a quote (>) or a list. Put it on a line of its own, with no >, - or spaces before it.");
        }
        return SKIP;
      case "paragraph": {
        const text = textOf(node);
        const first = text.split("\n", 1)[0] ?? "";
        // A heading that stayed a paragraph is one mistake: its anchor is not checked again as text.
        if (/^＃/.test(first)) {
          add(line, "这一行以全角的“＃”开头（中文输入法），不会变成标题。标题请用英文 #，例如 ## 标题 {#anchor}", 'This line starts with a full-width "＃" (from a Chinese input method), so it is not a heading. Use ASCII #, e.g. ## Heading {#anchor}');
          return SKIP;
        }
        if (/^#{1,6}\u3000/.test(first)) {
          add(line, "## 后面是全角空格（中文输入法的空格），这一行不会变成标题。请改成英文空格：## 标题", "The ## is followed by a full-width space (from a Chinese input method), so the line is not a heading. Use an ordinary space: ## Heading");
          return SKIP;
        }
        if (/^#{1,6}[^\s#]/.test(first)) {
          add(line, "## 后面要有一个空格，否则这一行不会变成标题。请写成：## 标题 {#anchor}", "A space must follow the ##, or the line is not a heading. Write: ## Heading {#anchor}");
          return SKIP;
        }
        return;
      }
      case "text": {
        const value = node.value;
        const say = (zh: string, en: string) => add(line, zh, en);
        if (/[｛{][#＃]|[｛][^｝\n]*[｝]\s*$/.test(value)) {
          say(`“${clip(value.slice(value.search(/[｛{]/)), 24)}”：锚点 {#…} 只能写在 ## 标题行的末尾，并且只能用英文的 { # }。`, `"${clip(value.slice(value.search(/[｛{]/)), 24)}": an anchor {#…} belongs only at the end of a ## heading line, written with ASCII { # }.`);
        } else if (value.includes("＊＊")) {
          say("这里用了全角的“＊＊”，不会变成粗体，会原样显示在网页上。请改成英文的 **粗体**。", 'This uses full-width "＊＊", which is not bold and would show as it is. Use ASCII **bold**.');
        } else if (value.includes("**")) {
          say(
            `“${clip(value.slice(Math.max(0, value.indexOf("**") - 8)), 24)}”：粗体标记 ** 没有生效，会原样显示在网页上。常见原因：** 紧挨着中文引号或标点。请把 ** 放到标点里面，例如 “**头号工程**”，或检查 ** 是否成对。`,
            `"${clip(value.slice(Math.max(0, value.indexOf("**") - 8)), 24)}": the bold marks ** do not take effect and would show on the page, usually because ** touches Chinese quotes or punctuation. Put ** inside the punctuation, e.g. “**bold**”, and check that they come in pairs.`,
          );
        } else if (/[\]］]（/.test(value)) {
          say("链接用了全角括号：应写成英文的 [文字](网址)。", "This link is written with full-width brackets: use ASCII [text](address).");
        }
        return;
      }
    }
    return;
  });
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/** Where images live: public/images/, served at /images/. */
export const IMAGE_PREFIX = "/images/";
const IMAGE_TYPES = /\.(?:jpe?g|png|webp|gif|avif)$/i;

export interface FileReference {
  /** The site path, e.g. /images/map.png or /files/plan.pdf. */
  href: string;
  line: number;
}

/** GFM footnotes (refused by checkMarkdown) leave no markup behind: no "Footnotes" heading, no numbered marks. */
export function dropFootnotes(tree: HastRoot): void {
  visit(tree, "element", (node: Element, index, parent) => {
    const footnotes = node.tagName === "section" && node.properties.dataFootnotes !== undefined;
    const mark = node.tagName === "sup" && node.children.some((child) => child.type === "element" && child.properties.dataFootnoteRef !== undefined);
    if ((footnotes || mark) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
}

/** Images (Markdown or HTML) before sanitising: only the project's own files, with alt text. */
export function checkImages(tree: HastRoot, file: string, lineOffset: number, problems: ProblemList): FileReference[] {
  const add = reporter(file, lineOffset, problems);
  const images: FileReference[] = [];
  visit(tree, "element", (node: Element) => {
    const line = node.position?.start.line ?? 1;
    if (node.properties.srcSet !== undefined) {
      add(line, "图片不能使用 srcset：每张图片只写一个文件，例如 ![说明文字](/images/地图.png)。", "Images may not use srcset: give one file, e.g. ![description](/images/map.png).");
      return;
    }
    if (node.tagName !== "img") return;
    const src = typeof node.properties.src === "string" ? node.properties.src.trim() : "";
    const alt = typeof node.properties.alt === "string" ? node.properties.alt.trim() : "";
    if (EXTERNAL.test(src)) {
      add(
        line,
        `图片 ${clip(src, 40)} 来自其他网站。网站只显示自己的图片：请把图片文件放进 public/images/ 文件夹，再写成 ![说明文字](/images/文件名.png)。`,
        `The image ${clip(src, 40)} is on another site. The site shows only its own images: put the file in public/images/ and write ![description](/images/file.png).`,
      );
    } else if (!src.startsWith(IMAGE_PREFIX) || !IMAGE_TYPES.test(src.split(/[?#]/)[0] ?? "")) {
      add(
        line,
        `图片地址“${clip(src, 40)}”不对：图片要放在 public/images/ 文件夹里（格式 jpg、png、webp、gif 或 avif），写成 ![说明文字](/images/文件名.png)。`,
        `The image address "${clip(src, 40)}" is wrong: images live in public/images/ (jpg, png, webp, gif or avif) and are written ![description](/images/file.png).`,
      );
    } else {
      images.push({ href: src, line: line + lineOffset });
    }
    if (!alt) {
      add(
        line,
        "图片缺少说明文字：写在 ![ ] 的方括号里，说明图片的内容，例如 ![南朗镇中医药城规划图](/images/plan.png)。看不见图片的读者会听到这段文字。",
        "The image has no description: write it inside the brackets of ![ ], saying what it shows, e.g. ![Map of the TCM city](/images/plan.png). Readers who cannot see the image hear it.",
      );
    }
  });
  return images;
}
