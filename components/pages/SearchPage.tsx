import type { Metadata } from "next";
import { SearchPanel, type SearchLabels } from "@/components/features/SearchPanel";
import { getTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/locales";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { HomeBreadcrumb } from "../Breadcrumb";

/** The search page is a tool, not content: search engines may follow it but not list it. */
export function searchPageMetadata(locale: Locale): Metadata {
  const f = getTranslator(locale, "features");
  return {
    ...pageMetadata(locale, { title: f("search.title"), description: f("search.description"), path: (language) => routes.search(language) }),
    robots: { index: false, follow: true },
  };
}

/** The "found N pages" sentence for each plural category of the language. */
function resultTemplates(locale: Locale): SearchLabels["results"] {
  const f = getTranslator(locale, "features");
  const rules = new Intl.PluralRules(locale);
  const templates: SearchLabels["results"] = { other: "" };
  for (const category of rules.resolvedOptions().pluralCategories) {
    // A number of this category picks the right form; {{count}} and {{query}} stay for the browser to fill.
    const sample = Array.from({ length: 200 }, (_, n) => n).find((n) => rules.select(n) === category) ?? 100;
    templates[category] = f("search.results", { count: sample, replace: { count: "{{count}}", query: "{{query}}" } });
  }
  return templates;
}

export function SearchPage({ locale }: { locale: Locale }) {
  const f = getTranslator(locale, "features");
  const keep = { query: "{{query}}" };
  return (
    <>
      <HomeBreadcrumb locale={locale} current={f("search.title")} />
      <article className="page-article search-page">
        <h1>{f("search.title")}</h1>
        <SearchPanel
          locale={locale}
          homeContentsHref={`${routes.home(locale)}#sections`}
          labels={{
            formLabel: f("search.formLabel"),
            inputLabel: f("search.inputLabel"),
            hint: f("search.hint"),
            submit: f("search.submit"),
            noScript: f("search.noScript"),
            noScriptLink: f("search.noScriptLink"),
            searching: f("search.searching", keep),
            empty: f("search.empty"),
            results: resultTemplates(locale),
            noResults: f("search.noResults", keep),
            unavailable: f("search.unavailable"),
            resultsLabel: f("search.resultsLabel"),
            subResultsLabel: f("search.subResultsLabel"),
          }}
        />
      </article>
    </>
  );
}
