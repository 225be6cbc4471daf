/**
 * Build step: each Chinese page's caption text (lib/display-modes/caption-text.ts), written
 * beside the page where its toolbar says (data-caption-text), from the page exactly as it
 * was exported. The 大字幕 bar fetches it only when the reader asks for 拼音 or the other
 * script; nothing links to it otherwise.
 *
 * - 拼音 by pinyin-pro, on whole texts (so 重大 is zhòng dà and 重新 chóng xīn), with the
 *   reviewed readings of content/zh-CN/pinyin.yaml first (lib/i18n/pinyin-table.ts); 一 and 不
 *   keep their own tone, as dictionaries and GB/T 16159 write them.
 * - 繁 on a Simplified page by the site's own conversion (lib/i18n/traditional.ts, with the
 *   phrase table); 简 on a Traditional page by OpenCC from Hong Kong forms back to
 *   Simplified. On a Traditional page the readings are taken from its Simplified form,
 *   which pinyin-pro's dictionary is written in.
 */
import fs from "node:fs";
import path from "node:path";
import { ConverterBuilder } from "opencc-js/core";
import * as t2cn from "opencc-js/preset/t2cn";
import { customPinyin, pinyin } from "pinyin-pro";
import { CAPTION_TEXT_FILE, HAN, type CaptionText } from "@/lib/display-modes/caption-text";
import { CONTROL } from "@/lib/display-modes/controls";
import { pageScript } from "@/lib/display-modes/modes";
import { BLOCK_SELECTOR } from "@/lib/display-modes/text-blocks";
import { MODULE_STRINGS_ATTRIBUTE } from "@/lib/modules/names";
import { loadPinyinTable } from "@/lib/i18n/pinyin-table";
import { toTraditional } from "@/lib/i18n/traditional";
import { attribute, elements, htmlFiles, pageAddress, parseHtml, rawText, type Element, type Node } from "./export-files";

/** Elements whose text the bar shows as a whole or in sentences (text-blocks.ts: what 指读 and 大字幕 point at). */
const BLOCKS = new Set(BLOCK_SELECTOR.split(","));
const isPointable = (element: Element) =>
  BLOCKS.has(element.tagName) ||
  element.tagName === "button" ||
  (element.tagName === "a" && attribute(element, "href") !== undefined) ||
  attribute(element, "role") === "button";
/** Never read or shown (text-blocks.ts: NEVER_READ). */
const isNeverShown = (element: Element) =>
  ["script", "style", "noscript", "template"].includes(element.tagName) ||
  attribute(element, "hidden") !== undefined ||
  attribute(element, "aria-hidden") === "true";

/**
 * The page's readable texts: each outermost pointable element's text (a block inside it
 * set apart by line breaks, so no word is read across two blocks), each aria-label, and
 * the module strings the bar may show (its hint).
 */
export function readableTexts(document: Node): string[] {
  const texts: string[] = [];
  const visitChildren = (node: Node, segment: string[] | undefined) => {
    for (const child of "childNodes" in node ? node.childNodes : []) visit(child, segment);
  };
  const visit = (node: Node, segment: string[] | undefined) => {
    if (node.nodeName === "#text" && "value" in node) segment?.push(node.value);
    if (!("tagName" in node)) return visitChildren(node, segment);
    if (node.tagName === "script" && attribute(node, MODULE_STRINGS_ATTRIBUTE) !== undefined) {
      const strings: unknown = JSON.parse(rawText(node));
      if (strings && typeof strings === "object") texts.push(...Object.values(strings).filter((value): value is string => typeof value === "string"));
    }
    if (isNeverShown(node)) return;
    if (!isPointable(node)) return visitChildren(node, segment);
    const label = attribute(node, "aria-label");
    if (label) texts.push(label);
    if (!segment) {
      const own: string[] = [];
      visitChildren(node, own);
      texts.push(own.join(""));
    } else if (BLOCKS.has(node.tagName)) {
      segment.push("\n");
      visitChildren(node, segment);
      segment.push("\n");
    } else {
      // A link or button inside a paragraph is part of its sentence.
      visitChildren(node, segment);
    }
  };
  visit(document, undefined);
  return texts;
}

const withoutSpace = (text: string) => text.replace(/\s+/g, "");
const characters = (text: string) => [...text];

/** Hong Kong Traditional back to Simplified, with 「」『』 back to “”‘’. */
const hongKongToSimplified = (() => {
  const convert = ConverterBuilder(t2cn)({ from: "hk", to: "cn" });
  return (text: string) => convert(text).replace(/「/g, "“").replace(/」/g, "”").replace(/『/g, "‘").replace(/』/g, "’");
})();

let readingsReady = false;
/** The reading of every Chinese character of `text`, in order ("" for one pinyin-pro does not know). */
function readingsOf(text: string): string[] {
  if (!readingsReady) {
    const table = loadPinyinTable();
    if (table.problems.length) throw new Error(`${table.problems[0]?.file}: ${table.problems[0]?.en}`);
    customPinyin(Object.fromEntries(table.entries.map((entry) => [entry.word, entry.pinyin])));
    readingsReady = true;
  }
  return pinyin(text, { type: "all", toneSandhi: false })
    .filter((item) => HAN.test(item.origin))
    .map((item) => item.pinyin);
}

/** A page's caption text, from its readable texts; `script`: the page's own. */
export function captionText(texts: readonly string[], script: "simplified" | "traditional"): CaptionText {
  const unique = [...new Set(texts.filter((text) => HAN.test(text)))];
  const keys = unique.map(withoutSpace);
  // A text inside another one is found there: it need not be sent twice.
  const kept = unique.filter(
    (_, index) => !keys.some((other, otherIndex) => otherIndex !== index && other.includes(keys[index] ?? "") && (other !== keys[index] || otherIndex < index)),
  );
  const data: CaptionText = { texts: [], converted: [], pinyin: [] };
  for (const text of kept) {
    const key = withoutSpace(text);
    const other = withoutSpace(script === "simplified" ? toTraditional(text) : hongKongToSimplified(text));
    const aligned = characters(other).length === characters(key).length;
    // Readings from the Simplified form, where it lines up with the page's text.
    const simplified = script === "simplified" ? text : aligned ? other : text;
    data.texts.push(key);
    data.converted.push(aligned ? other : "");
    data.pinyin.push(readingsOf(simplified).join(" "));
  }
  return data;
}

export interface CaptionTextFiles {
  files: number;
  /** The largest file, in bytes, and its address. */
  largest: { address: string; bytes: number };
}

/** Writes every Chinese page's caption text where its toolbar says; fails on an address that is not beside the page. */
export function writeCaptionTexts(outDir: string): CaptionTextFiles {
  const result: CaptionTextFiles = { files: 0, largest: { address: "", bytes: 0 } };
  for (const file of htmlFiles(outDir)) {
    const document = parseHtml(fs.readFileSync(file, "utf8"));
    const all = [...elements(document)];
    const address = all.map((element) => attribute(element, CONTROL.captionText)).find((value) => value !== undefined);
    if (address === undefined) continue;
    const expected = `${pageAddress(outDir, file)}${CAPTION_TEXT_FILE}`;
    if (address !== expected)
      throw new Error(`${path.relative(outDir, file)}: its caption text is said to be at ${address}, not beside the page (${expected}).`);
    const script = pageScript(all.find((element) => element.tagName === "html")?.attrs.find((attr) => attr.name === "lang")?.value ?? "");
    if (!script) throw new Error(`${path.relative(outDir, file)}: 字幕文字 is offered on a page that is not Chinese.`);
    const json = JSON.stringify(captionText(readableTexts(document), script));
    fs.writeFileSync(path.join(outDir, address), json);
    result.files++;
    const bytes = Buffer.byteLength(json);
    if (bytes > result.largest.bytes) result.largest = { address, bytes };
  }
  return result;
}
