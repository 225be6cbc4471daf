import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Node as YamlNode } from "yaml";

/**
 * The file format of the browser editor (`npm run edit`): a content file is front matter
 * (YAML between two `---` lines) and a Markdown body. The editor shows the body as an
 * introduction and a list of parts, each a `## heading {#anchor}` with its text, so that
 * headings and anchors are fields of their own.
 *
 * Saving writes back only what was changed: the file's own bytes are kept for every
 * field and part that was not touched (quotes, flow lists `{ section: …, anchor: … }`,
 * blank lines, line endings), so that opening and saving a file changes nothing and an
 * edited sentence is a one-line change. This module runs in the browser (registered with
 * CMS.registerCustomFormat) and in the unit tests.
 */

/** The name under which editor/client/main.ts registers this format (CMS.registerCustomFormat). */
export const FORMAT_NAME = "nanlang-markdown";
/** The key under which an entry carries the text it was read from; never written to a file. */
export const SOURCE_KEY = "_source";
/** The fields the body becomes. No front-matter field may have these names. */
export const BODY_FIELDS = ["intro", "parts"] as const;

export interface BodyPart {
  heading: string;
  anchor: string;
  text: string;
}

export type EntryData = Record<string, unknown> & { intro: string; parts: BodyPart[] };

/** A piece of text with the blank lines around it, so that it can be put back exactly. */
interface RawText {
  before: string;
  text: string;
  after: string;
}

interface RawPart {
  line: string;
  /** Whether the heading line ends with a line break (it may be the file's last line). */
  newline: boolean;
  level: number;
  heading: string;
  anchor: string;
  rest: RawText;
}

interface RawFile {
  bom: string;
  eol: string;
  open: string;
  yaml: string;
  close: string;
  doc: Document.Parsed | undefined;
  intro: RawText;
  parts: RawPart[];
}

/** `## 标题 {#anchor}`, as lib/content/markdown.ts reads a heading with its anchor. */
const HEADING = /^(#{2,6})[ \t]+(.*?)[ \t]*\{#([^}\n]*)\}[ \t]*$/;
const FRONT_MATTER = /^(---[ \t]*\n)([\s\S]*?\n)?(---[ \t]*(?:\n|$))/;

function splitText(text: string): RawText {
  const before = /^(?:[ \t]*\n)*/.exec(text)?.[0] ?? "";
  const rest = text.slice(before.length);
  const after = /\s*$/.exec(rest)?.[0] ?? "";
  return { before, text: rest.slice(0, rest.length - after.length), after };
}

function readFile(source: string): RawFile {
  const bom = source.startsWith("\uFEFF") ? "\uFEFF" : "";
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  const text = source.slice(bom.length).replace(/\r\n/g, "\n");
  const match = FRONT_MATTER.exec(text);
  const open = match?.[1] ?? "";
  const yaml = match?.[2] ?? "";
  const close = match?.[3] ?? "";
  const doc = match ? parseDocument(yaml) : undefined;
  const body = text.slice(match?.[0].length ?? 0);

  // The body is cut at every heading line that carries an anchor.
  const lines = body.split("\n");
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    if (HEADING.test(line)) starts.push(offset);
    offset += line.length + 1;
  }
  const intro = splitText(body.slice(0, starts[0] ?? body.length));
  const parts = starts.map((start, index): RawPart => {
    const chunk = body.slice(start, starts[index + 1] ?? body.length);
    const end = chunk.indexOf("\n");
    const line = end < 0 ? chunk : chunk.slice(0, end);
    const [, hashes = "##", heading = "", anchor = ""] = HEADING.exec(line) ?? [];
    return { line, newline: end >= 0, level: hashes.length, heading, anchor, rest: splitText(end < 0 ? "" : chunk.slice(end + 1)) };
  });
  return { bom, eol, open, yaml, close, doc, intro, parts };
}

/** Why a file cannot be edited in the browser: its front matter is missing or not valid YAML. */
function brokenFrontMatter(file: RawFile): string | undefined {
  if (!file.doc) return "文件开头缺少前言（两行 --- 之间的字段） / the file has no front matter";
  const error = file.doc.errors[0];
  if (error) return `前言的写法有误：${error.message.split("\n")[0]} / the front matter is not valid YAML`;
  if (file.doc.contents !== null && !isMap(file.doc.contents)) return "前言应为“字段: 值”的列表 / the front matter must be field: value lines";
  return undefined;
}

/** Reads a content file into the entry the editor shows. */
export function parseEntry(source: string): EntryData {
  const file = readFile(source);
  const front = !brokenFrontMatter(file) && file.doc ? ((file.doc.toJS() as Record<string, unknown> | null) ?? {}) : {};
  return {
    ...front,
    intro: file.intro.text,
    parts: file.parts.map((part) => ({ heading: part.heading, anchor: part.anchor, text: part.rest.text })),
    [SOURCE_KEY]: source,
  };
}

/** Writes an entry back, keeping the bytes of everything that did not change. */
export function serializeEntry(data: Record<string, unknown>, fieldOrder: readonly string[] = []): string {
  const { [SOURCE_KEY]: source, intro, parts, ...rest } = data;
  const front = withoutEmpty(rest) as Record<string, unknown>;
  const file = readFile(typeof source === "string" ? source : "---\n---\n\n");
  const broken = typeof source === "string" ? brokenFrontMatter(file) : undefined;
  if (broken) {
    throw new Error(
      `这个文件不能在浏览器中保存：${broken}。请先按内容检查的提示用文本编辑器改正。 / This file cannot be saved from the browser until its front matter is fixed.`,
    );
  }
  const introText = typeof intro === "string" ? intro : "";
  const bodyParts = Array.isArray(parts) ? (parts as BodyPart[]) : [];
  if (typeof source === "string") {
    const { [SOURCE_KEY]: _source, intro: oldIntro, parts: oldParts, ...oldFront } = parseEntry(source);
    if (deepEqual(oldFront, front) && oldIntro === introText && deepEqual(oldParts, bodyParts)) return source;
  }
  const yaml = writeFrontMatter(file, front, fieldOrder);
  const body = writeBody(file, introText, bodyParts);
  const text = `${file.open || "---\n"}${yaml}${file.close || "---\n"}${body}`;
  return file.bom + (file.eol === "\n" ? text : text.replace(/\n/g, file.eol));
}

/** Empty values are never valid in the schemas: a field left empty in the editor is left out of the file. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .map(([key, item]) => [key, withoutEmpty(item)] as const)
        .filter(([, item]) => item !== undefined && item !== null && item !== "" && !(Array.isArray(item) && item.length === 0)),
    );
  }
  return value;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
    );
  }
  return false;
}

type Scalarish = string | number | boolean;
const isScalarValue = (value: unknown): value is Scalarish => ["string", "number", "boolean"].includes(typeof value);

/**
 * The front matter with `front`'s values. A changed value is written in place of the old
 * one, in the old one's quoting; only a change of shape (a field or list item added or
 * removed) has the YAML written out again, which keeps the rest as the file had it.
 */
function writeFrontMatter(file: RawFile, front: Record<string, unknown>, fieldOrder: readonly string[]): string {
  const doc = file.doc ?? parseDocument("");
  if (deepEqual(doc.toJS() ?? {}, front)) return file.yaml;
  const edits: Scalar[] = [];
  let reshaped = false;
  if (!isMap(doc.contents)) {
    doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  }

  const update = (node: YamlNode, value: unknown, replace: (next: YamlNode) => void) => {
    if (isScalar(node) && isScalarValue(value) && isScalarValue(node.value)) {
      if (node.value !== value) {
        node.value = value;
        delete node.source;
        edits.push(node);
      }
    } else if (isMap(node) && value && typeof value === "object" && !Array.isArray(value)) {
      const object = value as Record<string, unknown>;
      for (const pair of [...node.items]) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (!Object.hasOwn(object, key)) {
          node.delete(key);
          reshaped = true;
        }
      }
      const keys = Object.keys(object);
      for (const key of keys) {
        const child = node.get(key, true) as YamlNode | undefined;
        if (child === undefined || child === null) {
          reshaped = true;
          node.set(doc.createNode(key), createLike(object[key], undefined));
          sortNewKey(node, key, node === doc.contents ? fieldOrder : keys);
        } else update(child, object[key], (next) => node.set(key, next));
      }
    } else if (isSeq(node) && Array.isArray(value)) {
      value.forEach((item, index) => {
        const child = node.items[index] as YamlNode | undefined;
        if (child === undefined) {
          reshaped = true;
          node.items.push(createLike(item, node.items[index - 1] as YamlNode | undefined));
        } else update(child, item, (next) => (node.items[index] = next));
      });
      if (node.items.length > value.length) {
        node.items.splice(value.length);
        reshaped = true;
      }
    } else {
      reshaped = true;
      replace(createLike(value, node));
    }
  };
  update(doc.contents as YamlNode, front, () => undefined);

  const spliced = reshaped ? undefined : spliceScalars(file.yaml, edits);
  if (spliced !== undefined && matches(spliced, front)) return spliced;
  const written = doc.toString({ lineWidth: 0 });
  if (!matches(written, front)) {
    throw new Error("保存失败：前言无法按原样写出，文件没有改动。 / Saving failed: the front matter could not be written; the file is unchanged.");
  }
  return written;
}

/** A new node in the style of its neighbour: a related paragraph `{ section: …, anchor: … }` stays on one line. */
function createLike(value: unknown, neighbour: YamlNode | undefined): YamlNode {
  const node = new Document().createNode(value) as YamlNode;
  copyFlow(node, neighbour);
  return node;
}

function copyFlow(node: unknown, sample: unknown): void {
  if (isMap(node) && isMap(sample)) {
    node.flow = Boolean(sample.flow);
    for (const pair of node.items) copyFlow(pair.value, isScalar(pair.key) ? sample.get(pair.key.value, true) : undefined);
  } else if (isSeq(node) && isSeq(sample)) {
    node.flow = Boolean(sample.flow);
    for (const item of node.items) copyFlow(item, sample.items[0]);
  }
}

/** Moves a newly added key next to the fields that come before it in the editor's order. */
function sortNewKey(node: ReturnType<Document["createNode"]>, key: string, order: readonly string[]): void {
  if (!isMap(node)) return;
  const rank = (name: string) => {
    const at = order.indexOf(name);
    return at < 0 ? order.length : at;
  };
  const index = node.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);
  const [pair] = node.items.splice(index, 1);
  if (!pair) return;
  const before = node.items.findIndex((other) => isScalar(other.key) && rank(String(other.key.value)) > rank(key));
  node.items.splice(before < 0 ? node.items.length : before, 0, pair);
}

/** Writes each changed scalar over the old one's characters; undefined if one cannot stay on its line. */
function spliceScalars(yaml: string, edits: Scalar[]): string | undefined {
  let text = yaml;
  for (const node of [...edits].sort((a, b) => (b.range?.[0] ?? 0) - (a.range?.[0] ?? 0))) {
    if (!node.range || !["PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"].includes(String(node.type))) return undefined;
    const written = new Document(node).toString({ lineWidth: 0 }).replace(/\n$/, "");
    if (written.includes("\n")) return undefined;
    text = text.slice(0, node.range[0]) + written + text.slice(node.range[1]);
  }
  return text;
}

function matches(yaml: string, front: Record<string, unknown>): boolean {
  const doc = parseDocument(yaml);
  return doc.errors.length === 0 && deepEqual(doc.toJS() ?? {}, front);
}

/** A text as typed in the editor: no blank lines before it, no white space after it. */
function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/^(?:[ \t]*\n)+/, "")
    .replace(/\s+$/, "");
}

function applyText(raw: RawText, value: string): string {
  if (value === raw.text) return raw.before + raw.text + raw.after;
  const text = cleanText(value);
  if (!text) return raw.before + raw.after;
  const before = raw.text === "" && raw.before === "" ? "\n" : raw.before;
  return `${before}${text}${raw.after || "\n"}`;
}

/** Ends `out` with a blank line, so that a heading stands apart from the text before it. */
function separate(out: string): string {
  return out.trim() === "" ? out : out.replace(/\n*$/, "\n\n");
}

/** The body with the given introduction and parts; unchanged parts keep their exact text. */
function writeBody(file: RawFile, intro: string, parts: BodyPart[]): string {
  let out = applyText(file.intro, intro);
  const used = new Set<number>();
  for (const part of parts) {
    const anchor = String(part.anchor ?? "").trim();
    const heading = String(part.heading ?? "")
      .replace(/\s+/g, " ")
      .trim();
    const text = String(part.text ?? "");
    const index = file.parts.findIndex((raw, at) => !used.has(at) && raw.anchor === anchor);
    const raw = file.parts[index];
    out = separate(out);
    if (raw) {
      used.add(index);
      const line = raw.heading === heading ? raw.line : `${"#".repeat(raw.level)} ${heading} {#${anchor}}`;
      out += line + (raw.newline || text ? "\n" : "") + applyText(raw.rest, text);
    } else {
      const clean = cleanText(text);
      out += `## ${heading} {#${anchor}}\n${clean ? `\n${clean}\n` : ""}`;
    }
  }
  return out === "" || out.endsWith("\n") ? out : `${out}\n`;
}
