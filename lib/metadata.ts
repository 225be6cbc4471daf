import type { Metadata } from "next";
import { feedTitle } from "./feed";
import { getTranslator } from "./i18n";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";
import { routes } from "./routes";
import { absoluteUrl } from "./site";

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
 * A page's <title> and description: unique per page, the page first and the site last.
 * With `path`, the page also names its one public address (canonical), the same page in
 * every language (hreflang, the default language also as x-default), the card that
 * WeChat and other apps show when it is shared (Open Graph), and the language's feed.
 */
export function pageMetadata(locale: Locale, page: PageDescription): Metadata {
  const t = getTranslator(locale);
  const metadata: Metadata = {
    title: t("site.titleTemplate", { page: page.title, site: t("site.name") }),
    description: page.description,
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
      title: page.title,
      description: page.description,
      siteName: t("site.name"),
      locale: locale.replace("-", "_"),
    },
  };
}
