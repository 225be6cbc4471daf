import { SearchPanel } from "@/components/search/SearchPanel";
import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { HomeBreadcrumb } from "../Breadcrumb";
import { SitePage } from "../SitePage";

/** The "found N pages" sentence for each plural category of the language, as `results:<category>`. */
function resultTemplates(locale: Locale): Record<string, string> {
  const f = getTranslator(locale, "features");
  const rules = new Intl.PluralRules(locale);
  const templates: Record<string, string> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    // A number of this category picks the right form; {{count}} and {{query}} stay for the browser to fill.
    const sample = Array.from({ length: 200 }, (_, n) => n).find((n) => rules.select(n) === category) ?? 100;
    templates[`results:${category}`] = f("search.results", { count: sample, replace: { count: "{{count}}", query: "{{query}}" } });
  }
  return templates;
}

export function SearchPage({ locale }: { locale: Locale }) {
  const f = getTranslator(locale, "features");
  const keep = { query: "{{query}}" };
  return (
    <SitePage locale={locale} path={routes.search(locale)}>
      <HomeBreadcrumb locale={locale} current={f("search.title")} />
      <article className="page-article search-page">
        <h1>{f("search.title")}</h1>
        <SearchPanel
          homeContentsHref={routes.contents(locale)}
          labels={{
            formLabel: f("search.formLabel"),
            inputLabel: f("search.inputLabel"),
            hint: f("search.hint"),
            submit: f("search.submit"),
            noScript: f("search.noScript"),
            noScriptLink: f("search.noScriptLink"),
            module: {
              locale,
              searching: f("search.searching", keep),
              empty: f("search.empty"),
              ...resultTemplates(locale),
              noResults: f("search.noResults", keep),
              unavailable: f("search.unavailable"),
              resultsLabel: f("search.resultsLabel"),
              subResultsLabel: f("search.subResultsLabel"),
            },
          }}
        />
      </article>
    </SitePage>
  );
}
