import { exportedPages } from "../support/export";

/** The languages as a reader meets them: URL prefix, <html lang>, and the name in the switcher. */
export const LANGUAGES = [
  { locale: "zh-CN", prefix: "", autonym: "简体中文", switcherLabel: "语言" },
  { locale: "zh-HK", prefix: "/zh-hk", autonym: "繁體中文", switcherLabel: "語言" },
  { locale: "en", prefix: "/en", autonym: "English", switcherLabel: "Language" },
] as const;

export type Language = (typeof LANGUAGES)[number];

/**
 * Every page of the built site (out/), as paths, grouped by language: the tests cover
 * whatever pages the build made, so a page added later is checked too. The not-found
 * page (404.html and its copies) is the one Chinese page for every language, tested on its own.
 */
export const ALL_PAGES = exportedPages()
  .filter((page) => page.endsWith("/") && !/^\/(404|_not-found)\//.test(page))
  .sort();

/** The pages of one language, e.g. /en/, /en/projects/, /en/sections/tourism/. */
export function pagesOf(language: Language): string[] {
  const others = LANGUAGES.filter((l) => l.prefix && l !== language).map((l) => `${l.prefix}/`);
  return ALL_PAGES.filter((page) =>
    language.prefix ? page.startsWith(`${language.prefix}/`) : !others.some((prefix) => page.startsWith(prefix)),
  );
}

/** A page path without its language prefix: /en/projects/ → /projects/. */
export function pageKey(language: Language, page: string): string {
  return page.slice(language.prefix.length);
}

/** Han characters and CJK punctuation (、。「」（）：) — what an English reader could not read. */
export const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
