import type { MetadataRoute } from "next";
import { LOCALES } from "../i18n/locales";
import { languageAlternates } from "./metadata";
import { samePageIn } from "../routes";
import { absoluteUrl } from "./site-url";
import { contentPagePaths } from "../site-pages";

/**
 * Every content page of every language, each with its translations (hreflang) so that
 * search engines show a reader the page in the reader's language.
 */
export function sitemapEntries(): MetadataRoute.Sitemap {
  return LOCALES.flatMap((locale) =>
    contentPagePaths(locale).map((path) => ({
      url: absoluteUrl(path),
      alternates: { languages: languageAlternates((language) => samePageIn(language, path)) },
    })),
  );
}
