import type { Root } from "hast";
import { ConverterBuilder, type ConverterFunction } from "opencc-js/core";
import * as cn2t from "opencc-js/preset/cn2t";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { loadPhraseTable, type PhraseEntry } from "./phrase-table";

/**
 * 繁體中文 is generated from the one Simplified original with OpenCC (opencc-js), from
 * "cn" to "hk", OpenCC's s2hk: Hong Kong standard character forms (為, 着, 裏, 羣), with
 * OpenCC's phrase tables used only to choose the right character (发展 → 發展 but
 * 头发 → 頭髮), never to change a word.
 *
 * Why Hong Kong: Nanlang's Traditional-script readers are its neighbours in Hong Kong and
 * Macau, whose written standard follows the Hong Kong forms.
 *
 * Why no phrase conversion: opencc-js offers it as "twp" (Taiwan) and "hkp" (Hong Kong,
 * whose dictionary it calls small and still developing). Both replace words, not
 * characters: s2twp turns 创建 into 建立, 信息 into 資訊, 实时 into 即時 and 数据 into
 * 資料. In a government work plan those mainland terms are official names of
 * programmes and duties; swapping them for another region's vocabulary would change
 * what the text says. The Traditional page must say exactly what the Simplified one says.
 *
 * What OpenCC's dictionaries cannot know is this town: its village, road and river names
 * and a few fixed terms (冲口 is the village 沖口, not 衝口; 保护发挥 is 保護發揮, not
 * 保護髮揮). Those are the reviewed phrase table, content/zh-HK/phrases.yaml
 * (lib/i18n/phrase-table.ts), which this conversion applies first: its words are segments of
 * their own, converted to the table's form and left alone by the Hong Kong variants step.
 *
 * Quotation marks follow Hong Kong usage: “ ” ‘ ’ become 「 」 『 』.
 *
 * Where a whole generated page reads badly, staff put a hand-written file at the same
 * path under content/zh-HK/ (or strings in locales/zh-HK/<ns>.json), which wins.
 */
const QUOTES = "“ 「|” 」|‘ 『|’ 』";

/** OpenCC's s2hk with the phrase table in front of its own phrases, and Hong Kong quotation marks after it. */
export function hongKongConverter(phrases: readonly Pick<PhraseEntry, "simplified" | "traditional">[]): ConverterFunction {
  const s2hk = cn2t.configs.s2hk!;
  const segmentation = s2hk.segmentation as unknown as string[];
  const [toTraditional = [], toHongKong = []] = s2hk.conversionChain;
  if (phrases.length === 0) {
    return ConverterBuilder({ ...cn2t, configs: { s2hk: { ...s2hk, conversionChain: [...s2hk.conversionChain, [QUOTES]] } } })({ from: "cn", to: "hk" });
  }
  const table = phrases.map(({ simplified, traditional }) => `${simplified} ${traditional}`).join("|");
  // The table's Traditional forms map to themselves, so the variants step cannot change them.
  const settled = phrases.map(({ traditional }) => `${traditional} ${traditional}`).join("|");
  const config = {
    ...s2hk,
    segmentation: [table, ...segmentation],
    conversionChain: [[table, ...toTraditional], [settled, ...toHongKong], [QUOTES]],
  };
  return ConverterBuilder({ ...cn2t, configs: { s2hk: config as unknown as typeof s2hk } })({ from: "cn", to: "hk" });
}

const convert = hongKongConverter(loadPhraseTable().entries);

/** Simplified Chinese text in Hong Kong Traditional characters. Latin text, digits and signs are left as they are. */
export function toTraditional(text: string): string {
  return convert(text);
}

/**
 * Attributes that a reader sees or hears (hast names; WCAG 1.1.1: a text alternative is part of
 * the page's text). Every other attribute (id, href, class…) addresses something, and
 * is never touched.
 */
const TEXT_ATTRIBUTES = ["alt", "title", "ariaLabel"] as const;

export interface HtmlTransform {
  /** Applied to every text node and to the text attributes (alt, title). */
  text?: (text: string) => string;
  /** Applied to the href of every link. */
  href?: (href: string) => string;
}

/** Rewrites the text and links of an HTML fragment, leaving its structure and other attributes alone. */
export function transformHtml(html: string, transform: HtmlTransform): string {
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeStringify);
  const tree = processor.parse(html) as Root;
  visit(tree, (node) => {
    if (node.type === "text" && transform.text) node.value = transform.text(node.value);
    if (node.type !== "element") return;
    if (transform.text) {
      for (const name of TEXT_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === "string") node.properties[name] = transform.text(value);
      }
    }
    if (transform.href && node.tagName === "a" && typeof node.properties.href === "string") {
      node.properties.href = transform.href(node.properties.href);
    }
  });
  return processor.stringify(tree);
}

/** A namespace of UI strings: nested objects and lists (i18next returnObjects) of strings. */
export type UiString = string | UiString[] | UiStrings;
export type UiStrings = { [key: string]: UiString };

function valueToTraditional(value: UiString): UiString {
  if (typeof value === "string") return convertKeepingPlaceholders(value);
  if (Array.isArray(value)) return value.map(valueToTraditional);
  return stringsToTraditional(value);
}

/** UI strings in Traditional characters: every value converted, every key kept. */
export function stringsToTraditional<T extends UiStrings>(strings: T): T {
  const out: UiStrings = {};
  for (const [key, value] of Object.entries(strings)) out[key] = valueToTraditional(value);
  return out as T;
}

/** `{{site}}首页` → `{{site}}首頁`: the i18next placeholders are names, not text. */
function convertKeepingPlaceholders(value: string): string {
  return value
    .split(/(\{\{[^}]*\}\})/)
    .map((part) => (part.startsWith("{{") ? part : toTraditional(part)))
    .join("");
}
