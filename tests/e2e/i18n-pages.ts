import fs from "node:fs";
import path from "node:path";

/** The languages as a reader meets them: URL prefix, <html lang>, and the name in the switcher. */
export const LANGUAGES = [
  { locale: "zh-CN", prefix: "", autonym: "简体中文", switcherLabel: "语言" },
  { locale: "zh-HK", prefix: "/zh-hk", autonym: "繁體中文", switcherLabel: "語言" },
  { locale: "en", prefix: "/en", autonym: "English", switcherLabel: "Language" },
] as const;

export type Language = (typeof LANGUAGES)[number];

/**
 * Every page of the built site (out/), as paths, grouped by language: the tests cover
 * whatever pages the build made, so a page added later is checked too.
 */
function builtPages(): string[] {
  const out = path.resolve("out");
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name === "index.html") pages.push(`/${path.relative(out, dir).split(path.sep).join("/")}/`.replace(/^\/+/, "/"));
    }
  };
  walk(out);
  // 404.html and its copies are the one Chinese not-found page, tested on its own.
  return pages.filter((page) => !/^\/(404|_not-found)\//.test(page)).sort();
}

export const ALL_PAGES = builtPages();

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
