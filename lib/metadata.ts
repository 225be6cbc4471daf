import type { Metadata } from "next";
import { getTranslator } from "./i18n";
import type { Locale } from "./locales";

/** A page's <title> and description: unique per page, the page first and the site last. */
export function pageMetadata(locale: Locale, page: { title: string; description: string }): Metadata {
  const t = getTranslator(locale);
  return {
    title: t("site.titleTemplate", { page: page.title, site: t("site.name") }),
    description: page.description,
  };
}
