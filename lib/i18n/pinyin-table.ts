import fs from "node:fs";
import path from "node:path";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import type { ContentProblem } from "../content/messages";
import { originalTexts } from "./phrase-table";

/**
 * The reviewed 拼音 of words a dictionary reads wrongly here (content/zh-CN/pinyin.yaml):
 * this town's names above all. 濠涌 is a village whose 涌 is a river branch, read chōng as in
 * every Guangdong place name, not yǒng as in 涌现. The caption bar's 拼音
 * (scripts/lib/caption-text.ts) reads these words so, before the dictionary's own choice.
 *
 * The file is one entry per line, `词: pin yin` with a comment saying why; the content
 * check refuses a word that is not Chinese characters, a reading that does not give each
 * character one syllable of Hanyu Pinyin, and a word that never occurs in the original.
 */
export const PINYIN_TABLE_FILE = "content/zh-CN/pinyin.yaml";

const ORIGINAL_DIR = "content/zh-CN";

export interface PinyinEntry {
  word: string;
  pinyin: string;
  line: number;
}

export interface PinyinTable {
  entries: PinyinEntry[];
  problems: ContentProblem[];
}

const WORD = /^\p{Script=Han}+$/u;
/** One syllable of Hanyu Pinyin with its tone mark (or none, for the neutral tone). */
const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+$/;

/** Reads and checks the table; a missing file is an empty table. Entries with a problem are left out. */
export function loadPinyinTable(root: string = process.cwd()): PinyinTable {
  const file = path.join(root, PINYIN_TABLE_FILE);
  const table: PinyinTable = { entries: [], problems: [] };
  if (!fs.existsSync(file)) return table;
  const problem = (line: number, zh: string, en: string) => table.problems.push({ file: PINYIN_TABLE_FILE, line, zh, en });
  const lines = new LineCounter();
  const doc = parseDocument(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => lines.linePos(offset ?? 0).line;
  const [error] = doc.errors;
  if (error) {
    const reason = error.message.split("\n")[0];
    problem(
      lineAt(error.pos[0]),
      `拼音对照表的写法有误：${reason}。每行写“词: 拼音”，例如“濠涌: háo chōng”，同一个词只写一次。`,
      `The pinyin table is not valid: ${reason}. Write one "word: pinyin" per line, e.g. "濠涌: háo chōng", each word once.`,
    );
    return table;
  }
  if (doc.contents === null) return table;
  if (!isMap(doc.contents)) {
    problem(
      lineAt(doc.contents.range?.[0]),
      "拼音对照表应是“词: 拼音”一行一条，例如“濠涌: háo chōng”。",
      'The pinyin table must be one "word: pinyin" per line, e.g. "濠涌: háo chōng".',
    );
    return table;
  }
  const texts = originalTexts(root).map(([, text]) => text);
  // A file of the original that is not UTF-8 text is reported on its own; until it is saved
  // again, what it says is unknown, so no entry is refused for not occurring in it.
  const originalReadable = !texts.some((text) => text.includes("\uFFFD"));
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? pair.key : undefined;
    const line = lineAt(key?.range?.[0]);
    const word = String(key?.value ?? "").trim();
    const reading = String(isScalar(pair.value) ? (pair.value.value ?? "") : "")
      .trim()
      .toLowerCase();
    const syllables = reading.split(/\s+/).filter(Boolean);
    if (!WORD.test(word)) {
      problem(
        line,
        `“${word}”不是一个中文词：拼音对照表的每一条以汉字写的词开头。`,
        `"${word}" is not a Chinese word: each entry of the pinyin table starts with a word in Chinese characters.`,
      );
    } else if (syllables.length !== [...word].length || !syllables.every((syllable) => SYLLABLE.test(syllable))) {
      problem(
        line,
        `“${word}”的拼音“${reading}”应为 ${[...word].length} 个带声调的音节，用空格隔开，例如“háo chōng”。`,
        `The pinyin "${reading}" of "${word}" must be ${[...word].length} syllables with tone marks, separated by spaces, e.g. "háo chōng".`,
      );
    } else if (originalReadable && !texts.some((text) => text.includes(word))) {
      problem(
        line,
        `拼音对照表中的“${word}”在简体原稿（${ORIGINAL_DIR}）中一处也没有出现。请检查是否写错了字；不再需要的条目请删除。`,
        `The pinyin table's "${word}" occurs nowhere in the Simplified original (${ORIGINAL_DIR}). Check it for a typo; delete entries that are no longer needed.`,
      );
    } else {
      table.entries.push({ word, pinyin: syllables.join(" "), line });
    }
  }
  return table;
}

/** The content check of the table. */
export const checkPinyinTable = (root?: string): ContentProblem[] => loadPinyinTable(root).problems;
