import { pagesOf as pagesOfLocale } from "../support/pages";

/** The languages as a reader meets them: URL prefix, <html lang>, and the name in the switcher. */
export const LANGUAGES = [
  { locale: "zh-CN", prefix: "", autonym: "简体中文", switcherLabel: "语言" },
  { locale: "zh-HK", prefix: "/zh-hk", autonym: "繁體中文", switcherLabel: "語言" },
  { locale: "en", prefix: "/en", autonym: "English", switcherLabel: "Language" },
] as const;

export type Language = (typeof LANGUAGES)[number];

/** The pages of one language, e.g. /en/, /en/projects/, /en/sections/tourism/ (tests/support/pages.ts). */
export const pagesOf = (language: Language): string[] => pagesOfLocale(language.locale);

/** A page path without its language prefix: /en/projects/ → /projects/. */
export function pageKey(language: Language, page: string): string {
  return page.slice(language.prefix.length);
}

/** Han characters and CJK punctuation (、。「」（）：) — what an English reader could not read. */
export const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
