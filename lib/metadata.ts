import type { Metadata } from "next";
import { getTranslator } from "./i18n";
import type { Locale } from "./locales";
import { routes } from "./routes";
import { absoluteUrl } from "./site";

/** A page's <title> and description: unique per page, the page first and the site last. */
export function pageMetadata(locale: Locale, page: { title: string; description: string; path?: string; published?: string }): Metadata {
  const t = getTranslator(locale);
  return {
    title: t("site.titleTemplate", { page: page.title, site: t("site.name") }),
    description: page.description,
    ...(page.path ? sharingMetadata(locale, { ...page, path: page.path }) : {}),
  };
}

/**
 * The page's one public address (canonical), the card that WeChat and other apps show
 * when it is shared (Open Graph), and the language's feed.
 */
function sharingMetadata(locale: Locale, page: { title: string; description: string; path: string; published?: string }): Metadata {
  const t = getTranslator(locale);
  const f = getTranslator(locale, "features");
  const url = absoluteUrl(page.path);
  return {
    alternates: {
      canonical: url,
      types: { "application/atom+xml": [{ url: absoluteUrl(routes.feed(locale)), title: f("feed.title", { site: t("site.name"), plan: t("site.planTitle") }) }] },
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
