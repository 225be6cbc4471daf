import fs from "node:fs";
import { isAlias, isMap, isNode, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { z } from "zod";
import { clip, fieldKey, type ProblemList } from "./messages";
import { FIELD_HINTS, FIELD_NAMES } from "./schema";

/**
 * Reading one content file: its bytes must be UTF-8 text with no invisible control
 * characters, it starts with front matter (YAML between two --- lines) that matches its
 * schema, and every mistake is explained once, at its line, in plain words. The first
 * mistake of a front matter that cannot be read is the only one reported for it: what
 * the YAML parser would say after it is mostly the same cause again.
 */

/** A file much larger than any part of the plan (the largest is about 6 KB) is a mistake, and would slow every check. */
export const MAX_FILE_BYTES = 256 * 1024;

export interface ParsedFile<T> {
  data: T;
  body: string;
  /** Lines before the body (the front matter and its --- lines). */
  bodyLineOffset: number;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The YAML text of the front matter, to show values as they are written. */
  yaml: string;
  file: string;
}

const FRONT_MATTER_LINE = 1; // the YAML starts on line 2, after the opening ---

/**
 * Control characters and the invisible marks that reverse the direction of text (used to
 * make text read differently from what it is): never part of the plan's wording.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function describeInvisible(char: string): { zh: string; en: string } {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(char)
    ? { zh: `看不见的文字方向控制符（${code}）`, en: `an invisible text-direction control character (${code})` }
    : { zh: `看不见的控制字符（${code}）`, en: `an invisible control character (${code})` };
}

/** Fields whose value is one piece of text or a number, never a list. */
const TEXT_FIELDS = new Set(["title", "note", "source", "published", "description", "label", "unit", "quote", "slug", "section", "anchor", "order", "number", "value"]);

/** "第 3 行" or "第 3 行（还有第 5、9 行）": one message for one kind of mistake, however often it was made. */
function lineList(lines: number[]): { zh: string; en: string; first: number } {
  const [first = 1, ...rest] = lines;
  const more = rest.slice(0, 8);
  const etc = rest.length > more.length ? "…" : "";
  return {
    first,
    zh: rest.length ? `第 ${first} 行（还有第 ${more.join("、")}${etc} 行）` : `第 ${first} 行`,
    en: rest.length ? `line ${first} (and ${more.join(", ")}${etc})` : `line ${first}`,
  };
}

/** The first line (1-based) of a byte buffer that is not valid UTF-8. */
function firstInvalidLine(bytes: Buffer): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  let line = 1;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line += 1;
  }
  return 1;
}

/** Reads a file as UTF-8 text (a BOM is fine), with line ends made "\n"; reports the file and returns undefined otherwise. */
export function readText(absolute: string, file: string, problems: ProblemList): string | undefined {
  const bytes = fs.readFileSync(absolute);
  if (bytes.length > MAX_FILE_BYTES) {
    problems.add({
      file,
      line: 1,
      zh: `文件太大（${Math.round(bytes.length / 1024)} KB），一个内容文件最多 ${MAX_FILE_BYTES / 1024} KB。是不是粘贴了别的内容？`,
      en: `The file is too large (${Math.round(bytes.length / 1024)} KB); a content file may hold at most ${MAX_FILE_BYTES / 1024} KB. Was something else pasted into it?`,
    });
    return undefined;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    problems.add({
      file,
      line: 1,
      zh: "这个文件是 UTF-16（“Unicode”）编码，网站读不了。请用 UTF-8 编码另存：记事本“另存为”时在“编码”中选 UTF-8。",
      en: 'The file is saved as UTF-16 ("Unicode"). Save it again as UTF-8 (in Notepad: Save As, Encoding: UTF-8).',
    });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    let gbk = false;
    try {
      new TextDecoder("gbk", { fatal: true }).decode(bytes);
      gbk = true;
    } catch {
      // Neither: said below without naming an encoding.
    }
    const line = firstInvalidLine(bytes);
    problems.add({
      file,
      line,
      zh: `这个文件不是 UTF-8 编码${gbk ? "，看起来是用 GBK（“ANSI”，旧版记事本和 WPS 的默认编码）保存的" : ""}，网站上会变成乱码。请用 UTF-8 编码另存：记事本“另存为”时在“编码”中选 UTF-8；WPS 另存为“纯文本”并选 UTF-8。`,
      en: `The file is not UTF-8${gbk ? " (it looks saved as GBK, the ANSI encoding of older Notepad and WPS)" : ""}; the site would show garbled text. Save it again as UTF-8 (in Notepad: Save As, Encoding: UTF-8).`,
    });
    return undefined;
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const invisible: number[] = [];
  let example = "";
  text.split("\n").forEach((line, index) => {
    const found = INVISIBLE.exec(line);
    if (!found) return;
    invisible.push(index + 1);
    example ||= found[0];
  });
  if (invisible.length) {
    const at = lineList(invisible);
    const what = describeInvisible(example);
    problems.add({
      file,
      line: at.first,
      zh: `${at.zh}有${what.zh}，它们不是文字，会让网页显示异常。请删除：把这一行的文字重新输入一遍，或从原文只粘贴文本。`,
      en: `${at.en} holds ${what.en}, which is not text and breaks how pages show. Remove it: type the line again, or paste the original as plain text only.`,
    });
    return undefined;
  }
  return text;
}

/**
 * A mistake a person makes in front matter, recognised from the line as written, before
 * any YAML parser speaks: said in their words (Tab, 全角冒号, a % that needs quotes).
 */
function diagnoseLines(yaml: string): { line: number; zh: string; en: string } | undefined {
  const lines = yaml.split("\n");
  const tabs = lines.flatMap((line, index) => (/^[ ]*\t/.test(line) ? [index + 1 + FRONT_MATTER_LINE] : []));
  if (tabs.length) {
    const at = lineList(tabs);
    return {
      line: at.first,
      zh: `前言的${at.zh}开头用了 Tab 键缩进。前言里只能用空格缩进：请把 Tab 换成空格，同一层的行对齐。`,
      en: `In the front matter, ${at.en} is indented with a Tab. Front matter is indented with spaces only: replace the Tab with spaces, lining up lines of the same level.`,
    };
  }
  const field = String.raw`^(\s*(?:-\s+)?)([A-Za-z][A-Za-z0-9_]*)`;
  /** The previous "field: value" line: where its field name starts, and whether a value follows on the line. */
  let previous: { column: number; hasValue: boolean } | undefined;
  for (const [index, line] of lines.entries()) {
    const at = index + 1 + FRONT_MATTER_LINE;
    if (/^\u3000/.test(line)) {
      return { line: at, zh: "这一行开头有全角空格（中文输入法的空格）。前言只能用英文空格缩进。", en: "This line starts with a full-width (ideographic) space. Indent front matter with ordinary spaces only." };
    }
    const key = new RegExp(field).exec(line);
    const name = key?.[2] ?? "";
    if (!key || !FIELD_NAMES.has(name)) continue;
    const rest = line.slice(key[0].length);
    const before = previous;
    previous = { column: key[1]!.length, hasValue: /^:[ ]+[^\s|>]/.test(rest) };
    if (before?.hasValue && key[1]!.length > before.column && /^:(?:\s|$)/.test(rest)) {
      return {
        line: at,
        zh: `字段 ${name} 这一行前面多了空格：它比上一行缩进得多，前言会读错。请让它与上一行的字段名对齐。`,
        en: `The line of ${name} is indented further than the line above, so front matter misreads it. Line its field name up with the one above.`,
      };
    }
    if (/^\s*：/.test(rest)) {
      return {
        line: at,
        zh: `字段名 ${name} 后面用了中文全角冒号“：”。请改成英文冒号加一个空格，例如 ${name}: 值`,
        en: `The field name ${name} is followed by a full-width colon "：". Use an ASCII colon and a space: ${name}: value`,
      };
    }
    if (/^[ ]+[^:\s]/.test(rest) && !rest.includes(": ")) {
      return {
        line: at,
        zh: `字段名 ${name} 后面缺少英文冒号。请写成“${name}: 值”（冒号后留一个空格）。`,
        en: `The field name ${name} is not followed by a colon. Write "${name}: value" (a space after the colon).`,
      };
    }
    if (/^:[^\s]/.test(rest)) {
      return {
        line: at,
        zh: `字段名 ${name} 的冒号后面缺少空格。请写成“${name}: 值”（冒号后留一个空格）。`,
        en: `The colon after ${name} must be followed by a space: "${name}: value".`,
      };
    }
    const value = /^:[ ]+(.*)$/.exec(rest)?.[1] ?? "";
    const first = value.charAt(0);
    if ("%@`".includes(first) && first) {
      return {
        line: at,
        zh: `${name} 的值以 ${first} 开头，这时整个值要用英文双引号括起来，例如 ${name}: "${clip(value, 20)}"`,
        en: `The value of ${name} starts with ${first}: put the whole value in double quotes, e.g. ${name}: "${clip(value, 20)}"`,
      };
    }
    if ("&*!".includes(first) && first) {
      return {
        line: at,
        zh: `${name} 的值以 ${first} 开头，这在前言里有特殊含义（YAML 的锚点、引用或标签），网站不接受。如果这是文字，请把整个值用英文双引号括起来。`,
        en: `The value of ${name} starts with ${first}, which has a special meaning in front matter (a YAML anchor, alias or tag) that the site does not accept. If it is text, put the whole value in double quotes.`,
      };
    }
    if ("[{".includes(first) && first && TEXT_FIELDS.has(name) && !/[\]}]\s*$/.test(value)) {
      return {
        line: at,
        zh: `${name} 的值以 ${first} 开头，前言会把它当成列表，却找不到结尾的 ${first === "[" ? "]" : "}"}。如果这是文字，请把整个值用英文双引号括起来。`,
        en: `The value of ${name} starts with ${first}, which front matter reads as a list, and never closes it. If it is text, put the whole value in double quotes.`,
      };
    }
    if (first === '"' && !/^"(?:[^"\\]|\\.)*"\s*(?:#.*)?$/.test(value)) {
      const closed = /^"(?:[^"\\]|\\.)*"/.test(value);
      return closed
        ? {
            line: at,
            zh: `${name} 的值在英文引号结束后还有文字。整个值要放在一对英文双引号里；值里面要用引号时，请用中文引号“”。`,
            en: `The value of ${name} goes on after its closing double quote. Put the whole value inside one pair of double quotes; inside it, use Chinese quotes “”.`,
          }
        : {
            line: at,
            zh: `${name} 的值开头有英文双引号 "，但这一行里没有配对的结尾引号。请在值的末尾补上 "。`,
            en: `The value of ${name} opens a double quote that this line never closes. Add the closing " at the end of the value.`,
          };
    }
    if (first && !"\"'{[|>".includes(first) && /:\s/.test(value) && !/^[a-z]+:\/\//i.test(value)) {
      return {
        line: at,
        zh: `${name} 的值里有英文冒号加空格（“: ”），前言会把它当成新的字段。请把整个值用英文双引号括起来，例如 ${name}: "${clip(value, 20)}"，或改用中文冒号“：”。`,
        en: `The value of ${name} contains a colon and a space (": "), which front matter reads as a new field. Put the whole value in double quotes, e.g. ${name}: "${clip(value, 20)}", or use a full-width colon.`,
      };
    }
  }
  return undefined;
}

/** What a YAML parser's error code means for someone who writes "字段: 值". */
function yamlHint(code: string): { zh: string; en: string; known?: boolean } {
  const hint = knownYamlHint(code);
  return hint ? { ...hint, known: true } : { zh: "请检查这一行的引号、冒号和缩进", en: "check the quotes, colons and indentation of this line" };
}

function knownYamlHint(code: string): { zh: string; en: string } | undefined {
  switch (code) {
    case "DUPLICATE_KEY":
      return { zh: "同一个字段写了两次，请删掉其中一个", en: "the same field is written twice; remove one" };
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "BLOCK_AS_IMPLICIT_KEY":
      return { zh: "缩进不齐或少了冒号：字段写成“名称: 值”，同一层的行要对齐，列表项以“- ”开头", en: 'the indentation is uneven or a colon is missing: write "name: value", line up lines of one level, start list items with "- "' };
    case "MULTILINE_IMPLICIT_KEY":
      return { zh: "这一行不是“字段: 值”的写法（冒号后要有空格），或者上一行的值没有写完", en: 'this line is not "field: value" (a space must follow the colon), or the line above is unfinished' };
    case "RESOURCE_EXHAUSTION":
      return { zh: "嵌套层数太多，前言不能这样写", en: "it nests too deep for front matter" };
    default:
      return undefined;
  }
}

/** The line in the file of a front-matter path; a missing field is reported at its parent. */
export function lineOfPath(parsed: Pick<ParsedFile<unknown>, "doc" | "lines">, keys: readonly PropertyKey[]): number {
  for (let depth = keys.length; depth > 0; depth -= 1) {
    const node = parsed.doc.getIn(keys.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return parsed.lines.linePos(node.range[0]).line + FRONT_MATTER_LINE;
  }
  return FRONT_MATTER_LINE;
}

/** A value as it is written in the file (YAML, not JSON), clipped to one short line. */
export function written(parsed: Pick<ParsedFile<unknown>, "doc" | "yaml">, keys: readonly PropertyKey[]): string {
  const node = parsed.doc.getIn(keys as unknown[], true) as { range?: [number, number, number] } | undefined;
  if (!node || typeof node !== "object" || !node.range) return "";
  return clip(parsed.yaml.slice(node.range[0], node.range[1]).trim(), 60);
}

interface SplitFile {
  yaml: string;
  body: string;
  bodyLineOffset: number;
}

function splitFrontMatter(text: string, file: string, problems: ProblemList): SplitFile | undefined {
  const match = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (match) {
    const yaml = (match[1] ?? "").replace(/\n$/, "");
    return { yaml, body: text.slice(match[0].length), bodyLineOffset: match[0].split("\n").length - 1 };
  }
  const firstLine = text.split("\n", 1)[0] ?? "";
  const dashes = /^\s*[-—－─–]{2,}\s*$/.test(firstLine) && firstLine.trim() !== "---";
  problems.add({
    file,
    line: 1,
    zh: dashes
      ? `第一行应是三个英文减号 ---，这里写的是“${clip(firstLine, 12)}”（可能是中文输入法的破折号）。字段写完后，再单独写一行 ---。`
      : text.startsWith("---")
        ? "前言（front matter）没有结束：字段写完后，要单独写一行 --- 。"
        : "文件开头缺少前言（front matter）：第一行应为 ---，随后是字段，再以一行 --- 结束。",
    en: dashes
      ? `The first line must be three hyphens ---; it is "${clip(firstLine, 12)}" (perhaps dashes from a Chinese input method). After the fields, put another --- line.`
      : text.startsWith("---")
        ? "The front matter never ends: after the fields, put a line with just ---."
        : "The file does not start with front matter: the first line must be ---, then the fields, then a closing --- line.",
  });
  return undefined;
}

/** YAML that a person writes by hand needs no anchors, aliases or tags; they are refused, not interpreted. */
function refuseYamlFeatures(doc: Document.Parsed, lines: LineCounter, file: string, problems: ProblemList): boolean {
  let found: { offset: number; what: "alias" | "anchor" | "tag"; text: string } | undefined;
  visit(doc, {
    Node(_key, node) {
      if (found || !isNode(node)) return found ? visit.BREAK : undefined;
      const offset = node.range?.[0] ?? 0;
      if (isAlias(node)) found = { offset, what: "alias", text: `*${node.source}` };
      else if (node.anchor) found = { offset, what: "anchor", text: `&${node.anchor}` };
      else if (node.tag) found = { offset, what: "tag", text: node.tag.replace(/^tag:yaml\.org,2002:/, "!!") };
      return found ? visit.BREAK : undefined;
    },
  });
  if (!found) return false;
  const words = { alias: ["引用", "alias"], anchor: ["锚点", "anchor"], tag: ["标签", "tag"] }[found.what];
  problems.add({
    file,
    line: lines.linePos(found.offset).line + FRONT_MATTER_LINE,
    zh: `前言里不能使用 YAML 的${words[0]}（${found.text}）：请直接写出值。如果这是文字，请把整个值用英文双引号括起来。`,
    en: `Front matter may not use a YAML ${words[1]} (${found.text}): write the value itself. If it is text, put the whole value in double quotes.`,
  });
  return true;
}

/**
 * Reads one content file: the text, its front matter checked against `schema`, and its body.
 * Returns undefined when the front matter cannot be used (every problem is already reported).
 */
export function parseFile<S extends z.ZodType>(absolute: string, file: string, schema: S, problems: ProblemList): ParsedFile<z.infer<S>> | undefined {
  const text = readText(absolute, file, problems);
  if (text === undefined) return undefined;
  const split = splitFrontMatter(text, file, problems);
  if (!split) return undefined;
  const diagnosed = diagnoseLines(split.yaml);
  if (diagnosed) {
    problems.add({ file, ...diagnosed });
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = lines.linePos(error.pos[0]).line + FRONT_MATTER_LINE;
    const hint = yamlHint(error.code);
    problems.add({
      file,
      line,
      zh: `前言（front matter）这一行写法有误：${hint.zh}。`,
      en: `This line of the front matter is not valid: ${hint.en}${hint.known ? "" : ` (${error.message.split("\n")[0]})`}.`,
    });
    return undefined;
  }
  if (refuseYamlFeatures(doc, lines, file, problems)) return undefined;
  if (!isMap(doc.contents)) {
    problems.add({ file, line: 2, zh: "前言中应为“字段: 值”形式的列表。", en: 'The front matter must be a list of "field: value" lines.' });
    return undefined;
  }
  const parsed = { doc, lines, yaml: split.yaml, file };
  const result = schema.safeParse(doc.toJS({ maxAliasCount: 0 }));
  if (!result.success) {
    const reported = new Set<string>();
    for (const issue of result.error.issues) {
      const key = fieldKey(issue.path);
      // One message per field: a value that breaks two rules is one mistake.
      if (reported.has(key)) continue;
      reported.add(key);
      reportIssue(issue, parsed, problems);
    }
    return undefined;
  }
  return { data: result.data as z.infer<S>, body: split.body, bodyLineOffset: split.bodyLineOffset, ...parsed };
}

type Parsed = Pick<ParsedFile<unknown>, "doc" | "lines" | "yaml" | "file">;

function reportIssue(issue: z.core.$ZodIssue, parsed: Parsed, problems: ProblemList) {
  const keys = issue.path;
  const field = fieldKey(keys) || undefined;
  const line = lineOfPath(parsed, keys);
  const name = String([...keys].reverse().find((key) => typeof key === "string") ?? "");
  const present = keys.length > 0 && parsed.doc.hasIn(keys as unknown[]);
  const shown = present ? written(parsed, keys) : "";
  const add = (zh: string, en: string) => problems.add({ file: parsed.file, line, field, zh, en });
  switch (issue.code) {
    case "unrecognized_keys": {
      const first = issue.keys[0] ?? "";
      problems.add({
        file: parsed.file,
        line: lineOfPath(parsed, [...keys, first]),
        field,
        zh: `无法识别的字段：${issue.keys.join("、")}。请检查拼写，可用的字段见 content/README.md。`,
        en: `Unknown field(s): ${issue.keys.join(", ")}. Check the spelling; content/README.md lists the fields.`,
      });
      return;
    }
    case "invalid_type":
      if (!present) return add(`缺少必填字段“${name}”。`, `The required field "${name}" is missing.`);
      break;
    case "too_big":
      if (issue.origin === "string") {
        const length = String(parsed.doc.getIn(keys as unknown[]) ?? "").length;
        return add(`${name} 太长：有 ${length} 个字，最多 ${issue.maximum} 个。请缩短。`, `${name} is too long: ${length} characters, at most ${issue.maximum}. Shorten it.`);
      }
      if (issue.origin === "array") return add(`${name} 最多 ${issue.maximum} 项。`, `${name} may hold at most ${issue.maximum} items.`);
      break;
    case "too_small":
      if (issue.origin === "string") return add(`${name} 不能为空。`, `${name} must not be empty.`);
      if (issue.origin === "array") return add(`${name} 至少要有一项。`, `${name} needs at least one item.`);
      break;
    case "custom":
      if (issue.params?.blank) return add(`${name} 不能只有空格。`, `${name} must not be only spaces.`);
      break;
  }
  const hint = FIELD_HINTS[name];
  if (hint) return add(`${name} 的值 ${shown} 不符合要求，应为：${hint.zh}。`, `${name} is ${shown}, but it must be ${hint.en}.`);
  add(`${name} 的值 ${shown} 不符合要求：${typeHint(issue)}`, `${name} is ${shown}: ${issue.message}`);
}

function typeHint(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    const expected = { string: "文字", number: "数字", array: "列表（每项以“- ”开头）", object: "“字段: 值”的组合" }[issue.expected as string];
    if (expected) return `这里应为${expected}。`;
  }
  return "请对照 content/README.md 的例子改写。";
}
