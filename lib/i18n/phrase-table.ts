import fs from "node:fs";
import path from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { ContentProblem } from "../content/messages";

/**
 * The reviewed phrase table of 繁體中文 (content/zh-HK/phrases.yaml): proper names and
 * fixed terms that character-by-character conversion gets wrong (冲口 is the village
 * 沖口, not 衝口 "to blurt out"; 保护发挥 is 保護發揮, not 保護髮揮 "hair care"). Staff add
 * an entry with the Simplified form, the correct Traditional form and a note saying why;
 * lib/i18n/traditional.ts applies the table in the conversion, before OpenCC's own phrases.
 */
export const PHRASE_TABLE_FILE = "content/zh-HK/phrases.yaml";

/** The Simplified original whose text the table's entries must occur in. */
const ORIGINAL_DIR = "content/zh-CN";

export interface PhraseEntry {
  simplified: string;
  traditional: string;
  note: string;
  /** 1-based line of the entry in the table. */
  line: number;
}

export interface PhraseTable {
  entries: PhraseEntry[];
  problems: ContentProblem[];
}

const FIELDS = ["simplified", "traditional", "note"] as const;
const FIELD_NAMES: Record<(typeof FIELDS)[number], string> = { simplified: "简体", traditional: "繁体", note: "说明" };
/** OpenCC's dictionaries separate entries with "|" and the two forms with a space. */
const NOT_IN_A_PHRASE = /[\s|]/;

/**
 * Reads and checks the table's form: a list of entries, each with the three fields as
 * non-empty text, no entry twice. A missing file is an empty table. Entries with a
 * problem are left out of `entries`, so the conversion only ever applies sound ones.
 */
export function loadPhraseTable(root: string = process.cwd()): PhraseTable {
  const absolute = path.join(root, PHRASE_TABLE_FILE);
  if (!fs.existsSync(absolute)) return { entries: [], problems: [] };
  const problems: ContentProblem[] = [];
  const add = (line: number, zh: string, en: string, field?: string) => problems.push({ file: PHRASE_TABLE_FILE, line, ...(field ? { field } : {}), zh, en });

  const lines = new LineCounter();
  const doc = parseDocument(fs.readFileSync(absolute, "utf8").replace(/^\uFEFF/, ""), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined, fallback = 1) => (node?.range ? lines.linePos(node.range[0]).line : fallback);
  for (const error of doc.errors) {
    add(
      lines.linePos(error.pos[0]).line,
      `对照表的 YAML 写法有误：${error.message.split("\n")[0]}。请对照文件开头的例子检查缩进、冒号和引号。`,
      `The table is not valid YAML: ${error.message.split("\n")[0]}. Compare the indentation, colons and quotes with the example at the top of the file.`,
    );
  }
  if (doc.errors.length) return { entries: [], problems };
  if (doc.contents === null) return { entries: [], problems };
  if (!isSeq(doc.contents)) {
    add(lineOf(doc.contents), "对照表应是一个列表：每个条目以“- simplified:”开头。", 'The table must be a list: each entry starts with "- simplified:".');
    return { entries: [], problems };
  }

  const entries: PhraseEntry[] = [];
  const seen = new Map<string, number>();
  doc.contents.items.forEach((item, index) => {
    const line = lineOf(item as Node);
    const number = index + 1;
    if (!isMap(item)) {
      add(
        line,
        `第 ${number} 个条目应写成 simplified、traditional、note 三个字段。`,
        `Entry ${number} must have the three fields simplified, traditional and note.`,
      );
      return;
    }
    const values: Partial<Record<(typeof FIELDS)[number], string>> = {};
    let sound = true;
    for (const pair of item.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? "");
      if (!(FIELDS as readonly string[]).includes(key)) {
        add(
          lineOf(pair.key as Node, line),
          `无法识别的字段“${key}”。每个条目只有 simplified、traditional、note 三个字段。`,
          `Unknown field "${key}". An entry has only the fields simplified, traditional and note.`,
          key,
        );
        sound = false;
      }
    }
    for (const field of FIELDS) {
      const node = item.get(field, true) as (Node & { value?: unknown }) | undefined;
      const value = node?.value;
      if (typeof value !== "string" && typeof value !== "number") {
        add(
          node ? lineOf(node, line) : line,
          `第 ${number} 个条目缺少“${field}”（${FIELD_NAMES[field]}），或者它不是一段文字。`,
          `Entry ${number} has no "${field}", or it is not text.`,
          field,
        );
        sound = false;
        continue;
      }
      const text = String(value).trim();
      if (field !== "note" && (text === "" || NOT_IN_A_PHRASE.test(text))) {
        add(
          lineOf(node, line),
          `“${field}”（${FIELD_NAMES[field]}）的值“${text}”不能为空，也不能含有空格或竖线“|”：每个条目只写一个词。`,
          `The ${field} form "${text}" must not be empty or contain a space or "|": one word per entry.`,
          field,
        );
        sound = false;
      }
      if (field === "note" && text === "") {
        add(
          lineOf(node, line),
          `第 ${number} 个条目的“note”（说明）是空的：请写明这个词是什么、为什么这样写。`,
          `Entry ${number} has an empty note: say what the word is and why it is written so.`,
          field,
        );
        sound = false;
      }
      values[field] = text;
    }
    if (!sound || !values.simplified || !values.traditional || !values.note) return;
    const first = seen.get(values.simplified);
    if (first !== undefined) {
      add(
        line,
        `“${values.simplified}”在对照表中出现了两次（第 ${first} 行和第 ${line} 行），请删除其中一条。`,
        `"${values.simplified}" is in the table twice (lines ${first} and ${line}); delete one of them.`,
        "simplified",
      );
      return;
    }
    seen.set(values.simplified, line);
    entries.push({ simplified: values.simplified, traditional: values.traditional, note: values.note, line });
  });
  return { entries, problems };
}

/** Every Markdown file of the Simplified original, as [file relative to root, text]. */
export function originalTexts(root: string): [string, string][] {
  const walk = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
          const full = path.join(dir, entry.name);
          return entry.isDirectory() ? walk(full) : entry.name.endsWith(".md") ? [full] : [];
        })
      : [];
  return walk(path.join(root, ORIGINAL_DIR)).map((file) => [path.relative(root, file).split(path.sep).join("/"), fs.readFileSync(file, "utf8")]);
}

/**
 * The content check of the table: its form (loadPhraseTable), and every entry's
 * Simplified form found somewhere in the Simplified original. An entry that occurs
 * nowhere is a typo or a leftover from text that has changed, and it would hide the
 * next real mistake, so it is refused.
 */
export function checkPhraseTable(root: string = process.cwd()): ContentProblem[] {
  const { entries, problems } = loadPhraseTable(root);
  const texts = originalTexts(root);
  for (const entry of entries) {
    if (texts.some(([, text]) => text.includes(entry.simplified))) continue;
    problems.push({
      file: PHRASE_TABLE_FILE,
      line: entry.line,
      field: "simplified",
      zh: `对照表中的“${entry.simplified}”在简体原稿（${ORIGINAL_DIR}）中一处也没有出现。请检查是否写错了字，或者原文是否已经改动；不再需要的条目请删除。`,
      en: `The table entry "${entry.simplified}" occurs nowhere in the Simplified original (${ORIGINAL_DIR}). Check it for a typo, or whether the text has changed; delete entries that are no longer needed.`,
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}
