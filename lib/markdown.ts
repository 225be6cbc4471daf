import type { Element, ElementContent, Root, Text } from "hast";
import { toString } from "hast-util-to-string";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { ProblemList } from "./content-errors";

export interface ContentHeading {
  id: string;
  text: string;
  depth: number;
  line: number;
}

export interface ContentLink {
  href: string;
  line: number;
}

export interface RenderedMarkdown {
  html: string;
  headings: ContentHeading[];
  /** Links that stay on this site (`/…` or `#…`), checked once all pages are known. */
  internalLinks: ContentLink[];
  /** The text of each paragraph, in order, for descriptions and search. */
  paragraphs: string[];
  /** For each paragraph, the anchor of the heading it stands under ("" before the first heading). */
  paragraphAnchors: string[];
}

/** `## 标题 {#anchor}`: the anchor staff give a heading so its address never changes. */
const HEADING_ID = /\s*\{#([^}]*)\}\s*$/;
export const ANCHOR_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML is parsed (rehype-raw) only so that the sanitiser can keep its harmless
  // part; scripts, event handlers and javascript: URLs never reach a page.
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeStringify);

function lastText(node: Element): Text | undefined {
  const last: ElementContent | undefined = node.children[node.children.length - 1];
  if (!last) return undefined;
  if (last.type === "text") return last;
  return last.type === "element" ? lastText(last) : undefined;
}

/**
 * Markdown to sanitised HTML. `lineOffset` is the number of lines that precede the
 * body in its file (the front matter), so that every problem names the real line.
 */
export function renderMarkdown(
  body: string,
  file: string,
  lineOffset: number,
  problems: ProblemList,
): RenderedMarkdown {
  const tree = processor.runSync(processor.parse(body)) as Root;
  const headings: ContentHeading[] = [];
  const internalLinks: ContentLink[] = [];
  const paragraphs: string[] = [];
  const paragraphAnchors: string[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) =>
    (node.position?.start.line ?? 1) + lineOffset;

  visit(tree, "element", (node) => {
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (depth) {
      const line = lineOf(node);
      if (depth === "1") {
        problems.add({
          file,
          line,
          zh: "正文中不能使用一级标题（# 标题）：页面的一级标题来自前言中的 title 字段。请改用二级标题（## 标题）。",
          en: "Do not use a level-1 heading (# Heading) in the body: the page's main heading comes from the title field. Use a level-2 heading (## Heading).",
        });
      }
      const text = lastText(node);
      const match = text ? HEADING_ID.exec(text.value) : null;
      if (text && match) text.value = text.value.slice(0, match.index);
      const id = match?.[1] ?? "";
      if (!match) {
        problems.add({
          file,
          line,
          zh: `标题“${toString(node).trim()}”缺少锚点。请在标题末尾加上 {#英文锚点}，例如 ## 提升战略平台，增强政策优势。 {#strategic-platform}`,
          en: `The heading "${toString(node).trim()}" has no anchor. End it with {#anchor}, for example ## Heading {#strategic-platform}`,
        });
      } else if (!ANCHOR_PATTERN.test(id)) {
        problems.add({
          file,
          line,
          zh: `锚点“${id}”只能由小写英文字母、数字和连字符组成，例如 strategic-platform。`,
          en: `The anchor "${id}" may only contain lower-case letters, digits and hyphens, for example strategic-platform.`,
        });
      } else if (headings.some((h) => h.id === id)) {
        problems.add({
          file,
          line,
          zh: `锚点“${id}”在本文件中重复出现，每个标题的锚点必须不同。`,
          en: `The anchor "${id}" is used twice in this file; each heading needs its own.`,
        });
      }
      const previous = headings[headings.length - 1];
      const level = Number(depth);
      if (level > (previous ? previous.depth : 1) + 1) {
        problems.add({
          file,
          line,
          zh: `标题层级跳跃：这里是 ${level} 级标题，但前面没有 ${level - 1} 级标题。请按 ##、### 的顺序使用。`,
          en: `Heading levels skip: this is a level-${level} heading with no level-${level - 1} heading before it. Use ##, then ###.`,
        });
      }
      if (id) node.properties.id = id;
      headings.push({ id, text: toString(node).trim(), depth: level, line });
    }
    if (node.tagName === "p") {
      paragraphs.push(toString(node).trim());
      paragraphAnchors.push(headings[headings.length - 1]?.id ?? "");
    }
    if (node.tagName === "a" && typeof node.properties.href === "string") {
      const href = node.properties.href;
      if (href.startsWith("/") || href.startsWith("#")) internalLinks.push({ href, line: lineOf(node) });
    }
  });

  return { html: processor.stringify(tree), headings, internalLinks, paragraphs, paragraphAnchors };
}
