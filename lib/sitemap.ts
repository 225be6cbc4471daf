import type { MetadataRoute } from "next";
import { DEFAULT_LOCALE, LOCALES, localePrefix, type Locale } from "./locales";
import { absoluteUrl } from "./site";
import { contentPagePaths } from "./site-pages";

/** A page's path without its language prefix: the same for every translation of it. */
function pageKey(locale: Locale, path: string): string {
  return path.slice(localePrefix(locale).length);
}

/**
 * Every content page of every language, each with its translations (hreflang) so that
 * search engines show a reader the page in the reader's language.
 */
export function sitemapEntries(): MetadataRoute.Sitemap {
  const pages = new Map(LOCALES.map((locale) => [locale, new Map(contentPagePaths(locale).map((path) => [pageKey(locale, path), path]))]));
  return LOCALES.flatMap((locale) =>
    [...(pages.get(locale)?.entries() ?? [])].map(([key, path]) => {
      const languages: Record<string, string> = {};
      for (const other of LOCALES) {
        const translation = pages.get(other)?.get(key);
        if (translation) languages[other] = absoluteUrl(translation);
      }
      const fallback = pages.get(DEFAULT_LOCALE)?.get(key);
      if (fallback) languages["x-default"] = absoluteUrl(fallback);
      return { url: absoluteUrl(path), alternates: { languages } };
    }),
  );
}
