import { getTranslator } from "../i18n/translate";
import type { Locale } from "../i18n/locales";
import { routes } from "../routes";
import { absoluteUrl } from "./site-url";

/**
 * schema.org data for search engines and for apps that show a card when a link is
 * shared: the page is an Article of the plan, published by the town government.
 */
export interface ArticlePage {
  path: string;
  headline: string;
  description: string;
  /** The publication date, year-month-day. */
  published: string;
}

function publisher(locale: Locale) {
  const t = getTranslator(locale);
  const f = getTranslator(locale, "features");
  return {
    "@type": "GovernmentOrganization",
    "@id": `${absoluteUrl(routes.home(locale))}#publisher`,
    name: t("site.name"),
    alternateName: f("structuredData.publisherAlternateName"),
    url: absoluteUrl(routes.home(locale)),
  };
}

export function articleStructuredData(locale: Locale, page: ArticlePage, options: { withSearch?: boolean } = {}) {
  const t = getTranslator(locale);
  const home = absoluteUrl(routes.home(locale));
  const url = absoluteUrl(page.path);
  const organisation = publisher(locale);
  const website = {
    "@type": "WebSite",
    "@id": `${home}#website`,
    name: t("site.name"),
    url: home,
    inLanguage: locale,
    publisher: { "@id": organisation["@id"] },
    // The search page reads ?q=, so search engines may offer a search box for the site.
    ...(options.withSearch
      ? {
          potentialAction: {
            "@type": "SearchAction",
            target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl(routes.search(locale))}?q={search_term_string}` },
            "query-input": "required name=search_term_string",
          },
        }
      : {}),
  };
  const article = {
    "@type": "Article",
    "@id": `${url}#article`,
    headline: page.headline,
    description: page.description,
    url,
    mainEntityOfPage: url,
    inLanguage: locale,
    datePublished: page.published,
    author: { "@id": organisation["@id"] },
    publisher: { "@id": organisation["@id"] },
    isPartOf: { "@id": website["@id"] },
  };
  return { "@context": "https://schema.org", "@graph": [organisation, website, article] };
}
