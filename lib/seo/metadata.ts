import type { Metadata } from "next";
import { describe, TRAILING_SMALL_WORDS } from "./description";
import { feedTitle } from "./feed";
import { getTranslator } from "../i18n/translate";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../i18n/locales";
import { routes } from "../routes";
import { absoluteUrl } from "./site-url";

/**
 * A page in every language (hreflang), the default language also as x-default: every
 * language has the same pages, so `path` gives the page's address in any of them.
 */
export function languageAlternates(path: (locale: Locale) => string): Record<string, string> {
  return {
    ...Object.fromEntries(LOCALES.map((language) => [language, absoluteUrl(path(language))])),
    "x-default": absoluteUrl(path(DEFAULT_LOCALE)),
  };
}

interface PageDescription {
  title: string;
  description: string;
  /** The page's address in any language, e.g. `(l) => routes.projects(l)`. */
  path?: (locale: Locale) => string;
  /** The publication date of an article page (YYYY-MM-DD). */
  published?: string;
}

/**
 * Open Graph writes a locale as language_TERRITORY (ogp.me, "og:locale"): the English
 * translation is British English, as its spelling is.
 */
export const OPEN_GRAPH_LOCALES: Record<Locale, string> = { "zh-CN": "zh_CN", "zh-HK": "zh_HK", en: "en_GB" };

/** What search results show of a title: about 70 characters (html-validate's long-title rule). */
export const TITLE_LIMIT = 70;

/** Where a title can be cut and still read as whole: after a clause. */
const CLAUSE_END = /[,;:，；：、]/gu;

/** The longest beginning of `title` that ends after a clause and fits in `limit`, if any. */
function leadingClauses(title: string, limit: number): string | undefined {
  let best: string | undefined;
  for (const match of title.matchAll(CLAUSE_END)) {
    if (match.index > limit) break;
    best = title.slice(0, match.index);
  }
  // A clause shorter than half the room says too little of the page.
  return best && best.length >= limit / 2 ? best : undefined;
}

/** `title` cut after a whole word (or, in Chinese, a character) to fit in `limit`, with "…". */
function cutAtWord(title: string, limit: number): string {
  const room = title.slice(0, limit - 1);
  const space = room.lastIndexOf(" ");
  const words = space > limit / 2 ? room.slice(0, space).replace(TRAILING_SMALL_WORDS, "") : room;
  return `${words.replace(/[\s,;:，；：、“‘"(（]+$/u, "")}…`;
}

/** A page's own title in at most `limit` characters: whole, or its leading clauses, or cut after a word. */
export function shortTitle(title: string, limit: number = TITLE_LIMIT): string {
  if (title.length <= limit) return title;
  return leadingClauses(title, limit) ?? cutAtWord(title, limit);
}

/**
 * The <title> of a page, in at most 70 characters: the page, then the site's name (or its
 * short name) when there is room for it. A long section heading (English ones run to 200
 * characters) is shortened to its leading clauses; the page's h1 keeps the whole heading.
 */
export function documentTitle(locale: Locale, page: string): string {
  const t = getTranslator(locale);
  const withSite = (site: string, pageTitle = page) => t("site.titleTemplate", { page: pageTitle, site });
  for (const site of [t("site.name"), t("site.shortName")]) {
    if (withSite(site).length <= TITLE_LIMIT) return withSite(site);
  }
  const room = TITLE_LIMIT - withSite(t("site.shortName"), "").length;
  const clauses = leadingClauses(page, room);
  return clauses ? withSite(t("site.shortName"), clauses) : shortTitle(page);
}

/**
 * A page's <title> and description: unique per page, the page first and the site last.
 * With `path`, the page also names its one public address (canonical), the same page in
 * every language (hreflang, the default language also as x-default), the card that
 * WeChat and other apps show when it is shared (Open Graph), and the language's feed.
 */
export function pageMetadata(locale: Locale, page: PageDescription): Metadata {
  const t = getTranslator(locale);
  const metadata: Metadata = {
    title: documentTitle(locale, page.title),
    description: describe(page.description),
  };
  if (!page.path) return metadata;
  const path = page.path;
  const url = absoluteUrl(path(locale));
  return {
    ...metadata,
    alternates: {
      canonical: url,
      languages: languageAlternates(path),
      types: {
        "application/atom+xml": [{ url: absoluteUrl(routes.feed(locale)), title: feedTitle(locale) }],
      },
    },
    openGraph: {
      ...(page.published ? { type: "article" as const, publishedTime: page.published } : { type: "website" as const }),
      url,
      title: shortTitle(page.title),
      description: describe(page.description),
      siteName: t("site.name"),
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: LOCALES.filter((language) => language !== locale).map((language) => OPEN_GRAPH_LOCALES[language]),
    },
  };
}
