import type { Metadata } from "next";
import { getTranslator } from "./i18n";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";
import { absoluteUrl } from "./site";

/**
 * A page's <title> and description: unique per page, the page first and the site last.
 * `path` builds the page's address in any language (e.g. `(l) => routes.projects(l)`):
 * with it, the page names itself as canonical and lists the same page in every
 * language as a hreflang alternate, the default language also as x-default.
 */
export function pageMetadata(
  locale: Locale,
  page: { title: string; description: string; path?: (locale: Locale) => string },
): Metadata {
  const t = getTranslator(locale);
  const metadata: Metadata = {
    title: t("site.titleTemplate", { page: page.title, site: t("site.name") }),
    description: page.description,
  };
  if (page.path) {
    const path = page.path;
    metadata.alternates = {
      canonical: absoluteUrl(path(locale)),
      languages: {
        ...Object.fromEntries(LOCALES.map((language) => [language, absoluteUrl(path(language))])),
        "x-default": absoluteUrl(path(DEFAULT_LOCALE)),
      },
    };
  }
  return metadata;
}
