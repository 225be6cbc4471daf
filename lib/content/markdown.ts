import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import { toString } from "hast-util-to-string";
import type { Root as MdastRoot } from "mdast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { checkImages, checkMarkdown, checkNesting, dropFootnotes, IMAGE_PREFIX, type FileReference } from "./body";
import type { ProblemList } from "./messages";
import { ANCHOR_PATTERN, LIMITS } from "./schema";
import { isSiteOwnedId } from "../site-ids";

export { ANCHOR_PATTERN } from "./schema";

export interface ContentHeading {
  id: string;
  text: string;
  depth: number;
  line: number;
  /** Set when the heading is in another language than the text around it (a translation's untranslated part). */
  lang?: string;
}

export interface ContentLink {
  href: string;
  line: number;
}

/**
 * A heading and the text under it, up to the next heading (the first block, before any
 * heading, has the anchor ""). A translation that lacks a block shows the original's.
 */
export interface TextBlock {
  anchor: string;
  /** The heading element as HTML ("" for the first block). */
  heading: string;
  /** The HTML under the heading. */
  body: string;
  /** The text of each paragraph of the block. */
  paragraphs: string[];
  /** The language the block is written in (BCP 47). */
  lang: string;
}

export interface RenderedMarkdown {
  html: string;
  headings: ContentHeading[];
  blocks: TextBlock[];
  /** Links that stay on this site (`/…` or `#…`), checked once all pages are known. */
  internalLinks: ContentLink[];
  /** Images of the project (`/images/…`), checked to exist. */
  images: FileReference[];
  /** The text of each paragraph, in order, for descriptions and search. */
  paragraphs: string[];
  /** For each paragraph, the anchor of the heading it stands under ("" before the first heading). */
  paragraphAnchors: string[];
}

/** `## 标题 {#anchor}`: the anchor staff give a heading so its address never changes. */
const HEADING_ID = /\s*\{#([^}]*)\}\s*$/;
/** The same written with a Chinese input method: ｛#…｝, {＃…}. */
const FULL_WIDTH_HEADING_ID = /\s*[｛{][#＃][^}｝]*[}｝]\s*$/;

/**
 * What the sanitiser lets through: rehype-sanitize's GitHub-like schema, less everything
 * that names or addresses an element the site's own code could look up. No id or name
 * (the only ids in a text are its heading anchors, set after sanitising and checked), no
 * data-* attribute, no ARIA reference to an id, no access key or tab stop, no microdata;
 * no <picture>/<source> (srcset would fetch from anywhere) and no footnote markup.
 */
const sanitizeSchema: SanitizeSchema = (() => {
  const refused = new Set(["id", "name", "ariaDescribedBy", "ariaLabelledBy", "accessKey", "tabIndex", "itemProp", "itemScope", "itemType", "longDesc", "srcSet"]);
  const keep = (definitions: NonNullable<SanitizeSchema["attributes"]>[string]) =>
    definitions.filter((definition) => {
      const name = typeof definition === "string" ? definition : definition[0];
      return !refused.has(name) && !/^data/i.test(name) && !(name === "className" && typeof definition !== "string" && definition.slice(1).some((value) => ["footnotes", "sr-only", "data-footnote-backref"].includes(String(value))));
    });
  const attributes = Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).map(([tag, definitions]) => [tag, keep(definitions)]));
  return {
    ...defaultSchema,
    tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !["picture", "source", "section"].includes(tag)),
    attributes,
    clobber: [],
    protocols: { ...defaultSchema.protocols, src: [], longDesc: [], cite: ["http", "https"] },
    strip: [...(defaultSchema.strip ?? []), "style", "template", "noscript", "textarea", "title"],
  };
})();

const toHast = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).freeze();
const sanitize = unified().use(rehypeSanitize, sanitizeSchema).freeze();
const stringify = unified().use(rehypeStringify).freeze();

function lastText(node: Element): Text | undefined {
  const last: ElementContent | undefined = node.children[node.children.length - 1];
  if (!last) return undefined;
  if (last.type === "text") return last;
  return last.type === "element" ? lastText(last) : undefined;
}

function htmlOf(nodes: RootContent[]): string {
  return nodes.length ? stringify.stringify({ type: "root", children: nodes }) : "";
}

const EMPTY: Omit<RenderedMarkdown, "blocks"> = { html: "", headings: [], internalLinks: [], images: [], paragraphs: [], paragraphAnchors: [] };

/**
 * Markdown to sanitised HTML, with every mistake a person could make in it reported at
 * its line. `lineOffset` is the number of lines that precede the body in its file (the
 * front matter). Input that would exhaust a parser is reported, never thrown.
 */
export function renderMarkdown(body: string, file: string, lineOffset: number, problems: ProblemList, lang = ""): RenderedMarkdown {
  const empty = { ...EMPTY, blocks: [] };
  if (!checkNesting(body, file, lineOffset, problems)) return empty;
  try {
    return render(body, file, lineOffset, problems, lang);
  } catch (error) {
    problems.add({
      file,
      line: lineOffset + 1,
      zh: `正文无法排版（${error instanceof RangeError ? "结构太复杂" : "格式异常"}）。请检查最近改动的地方，删去粘贴进来的 HTML 或多余的符号。`,
      en: `The text cannot be laid out (${error instanceof RangeError ? "its structure is too complex" : "its format is broken"}). Check what changed last, and remove pasted HTML or stray marks.`,
    });
    return empty;
  }
}

function render(body: string, file: string, lineOffset: number, problems: ProblemList, lang: string): RenderedMarkdown {
  const mdast = toHast.parse(body) as MdastRoot;
  checkMarkdown(mdast, body, file, lineOffset, problems);
  const raw = toHast.runSync(mdast) as Root;
  dropFootnotes(raw);
  const images = checkImages(raw, file, lineOffset, problems);
  const tree = sanitize.runSync(raw) as Root;

  const headings: ContentHeading[] = [];
  const internalLinks: ContentLink[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) => (node.position?.start.line ?? 1) + lineOffset;
  const add = (line: number, zh: string, en: string) => problems.add({ file, line, zh, en });

  visit(tree, "element", (node, index, parent) => {
    // No image but the project's own reaches a page, whatever the check said.
    if (node.tagName === "img" && !(typeof node.properties.src === "string" && node.properties.src.startsWith(IMAGE_PREFIX)) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (depth) {
      const line = lineOf(node);
      if (depth === "1") {
        add(line, "正文中不能使用一级标题（# 标题）：页面的一级标题来自前言中的 title 字段。请改用二级标题（## 标题）。", "Do not use a level-1 heading (# Heading) in the body: the page's main heading comes from the title field. Use a level-2 heading (## Heading).");
      }
      const text = lastText(node);
      const match = text ? HEADING_ID.exec(text.value) : null;
      if (text && match) text.value = text.value.slice(0, match.index);
      const id = match?.[1] ?? "";
      const title = toString(node).trim();
      if (!match && text && FULL_WIDTH_HEADING_ID.test(text.value)) {
        add(line, `标题末尾的锚点用了全角字符（｛ ｝ 或 ＃）。请改成英文的 {#英文锚点}，例如 {#strategic-platform}。`, "The anchor at the end of this heading uses full-width characters (｛ ｝ or ＃). Write it in ASCII: {#anchor}, e.g. {#strategic-platform}.");
      } else if (!match) {
        add(line, `标题“${title.slice(0, 40)}”缺少锚点。请在标题末尾加上 {#英文锚点}，例如 ## 提升战略平台，增强政策优势。 {#strategic-platform}`, `The heading "${title.slice(0, 40)}" has no anchor. End it with {#anchor}, for example ## Heading {#strategic-platform}`);
      } else if (!ANCHOR_PATTERN.test(id) || id.length > LIMITS.slug) {
        add(line, `锚点“${id.slice(0, 40)}”只能由小写英文字母、数字和连字符组成（最多 ${LIMITS.slug} 个），例如 strategic-platform。`, `The anchor "${id.slice(0, 40)}" may only contain lower-case letters, digits and hyphens (at most ${LIMITS.slug}), for example strategic-platform.`);
      } else if (isSiteOwnedId(id)) {
        add(line, `锚点“${id}”是网站自身使用的名称，不能用作标题锚点（否则跳转和页面功能会出错）。请换一个，例如 ${id}-plan。`, `The anchor "${id}" is a name the site itself uses, so a heading may not take it (links and page features would break). Choose another, e.g. ${id}-plan.`);
      } else if (headings.some((h) => h.id === id)) {
        add(line, `锚点“${id}”在本文件中重复出现，每个标题的锚点必须不同。`, `The anchor "${id}" is used twice in this file; each heading needs its own.`);
      }
      if (title.length > LIMITS.heading) {
        add(line, `标题太长：有 ${title.length} 个字，最多 ${LIMITS.heading} 个。`, `The heading is too long: ${title.length} characters, at most ${LIMITS.heading}.`);
      }
      const previous = headings[headings.length - 1];
      const level = Number(depth);
      if (level > (previous ? previous.depth : 1) + 1) {
        add(line, `标题层级跳跃：这里是 ${level} 级标题，但前面没有 ${level - 1} 级标题。请按 ##、### 的顺序使用。`, `Heading levels skip: this is a level-${level} heading with no level-${level - 1} heading before it. Use ##, then ###.`);
      }
      // Only a valid anchor that is not the site's own becomes an id.
      const usable = match && ANCHOR_PATTERN.test(id) && id.length <= LIMITS.slug && !isSiteOwnedId(id) && !headings.some((h) => h.id === id);
      if (usable) node.properties.id = id;
      headings.push({ id: usable ? id : "", text: toString(node).trim(), depth: level, line });
    }
    if (node.tagName === "a" && typeof node.properties.href === "string") {
      const href = node.properties.href;
      if (href.startsWith("/") || href.startsWith("#")) internalLinks.push({ href, line: lineOf(node) });
      else if (!/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) {
        add(
          lineOf(node),
          `链接 ${href.slice(0, 40)} 写法不对：站内链接以 / 开头（例如 /sections/tourism/），外部网站写完整地址（例如 https://www.zs.gov.cn/）。`,
          `The link ${href.slice(0, 40)} is incomplete: a link within the site starts with / (e.g. /sections/tourism/); another site needs its full address (e.g. https://www.zs.gov.cn/).`,
        );
      }
    }
    return undefined;
  });

  // Blocks: each top-level heading starts one (headings inside other elements are refused above).
  const blocks: TextBlock[] = [];
  let current = { anchor: "", heading: "", nodes: [] as RootContent[] };
  const close = () => {
    const paragraphs: string[] = [];
    for (const node of current.nodes) visit(node, "element", (element) => {
      if (element.tagName === "p") paragraphs.push(toString(element).trim());
    });
    if (current.heading || current.nodes.some((node) => node.type !== "text" || node.value.trim())) {
      blocks.push({ anchor: current.anchor, heading: current.heading, body: htmlOf(current.nodes), paragraphs, lang });
    }
  };
  for (const node of tree.children) {
    if (node.type === "element" && /^h[1-6]$/.test(node.tagName)) {
      close();
      current = { anchor: typeof node.properties.id === "string" ? node.properties.id : "", heading: htmlOf([node]), nodes: [] };
    } else current.nodes.push(node);
  }
  close();

  return {
    html: stringify.stringify(tree),
    headings,
    blocks,
    internalLinks,
    images,
    paragraphs: blocks.flatMap((block) => block.paragraphs),
    paragraphAnchors: blocks.flatMap((block) => block.paragraphs.map(() => block.anchor)),
  };
}
