import { MODULE_NAMES, NOSCRIPT_ONLY_ATTRIBUTE, moduleRoot } from "@/lib/modules/names";
import { SEARCH_QUERY_PARAM } from "@/lib/search";
import { SITE_IDS } from "@/lib/site-ids";
import { ModuleStrings } from "../ModuleStrings";
import { FEATURE_BUTTON } from "../feature-button";

export interface SearchLabels {
  formLabel: string;
  inputLabel: string;
  hint: string;
  submit: string;
  noScript: string;
  noScriptLink: string;
  /** What the search module says and shows; see components/search/search.browser.ts for the keys. */
  module: Record<string, string>;
}

/**
 * The search form and the place for its results (search module). The form is plain HTML
 * (GET ?q= to this page), so it is there before and without any script; without
 * JavaScript the page says that search needs it. The module runs the search in the
 * browser (Pagefind, loaded only when a search is made), shows the results in the list,
 * and announces their number politely (WCAG 4.1.3); focus stays where the reader put it.
 */
export function SearchPanel({ homeContentsHref, labels }: { homeContentsHref: string; labels: SearchLabels }) {
  return (
    <div className="search-panel" {...moduleRoot(MODULE_NAMES.search)}>
      <ModuleStrings strings={labels.module} />
      <form role="search" aria-label={labels.formLabel} className="search-form" method="get">
        <label htmlFor={SITE_IDS.searchQuery} className="search-form__label">
          {labels.inputLabel}
        </label>
        <p id={SITE_IDS.searchHint} className="search-form__hint">
          {labels.hint}
        </p>
        <div className="search-form__row">
          <input
            id={SITE_IDS.searchQuery}
            name={SEARCH_QUERY_PARAM}
            type="search"
            className="search-form__input"
            aria-describedby={SITE_IDS.searchHint}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" className={`${FEATURE_BUTTON} search-form__submit`}>
            {labels.submit}
          </button>
        </div>
      </form>
      {/* Shown only where JavaScript does not run (display-modes.css). */}
      <p className="search-panel__noscript" {...{ [NOSCRIPT_ONLY_ATTRIBUTE]: "" }}>
        {labels.noScript} <a href={homeContentsHref}>{labels.noScriptLink}</a>
      </p>
      <p role="status" aria-live="polite" aria-atomic="true" className="search-panel__status" />
      {/* Shown by the search module once a search has found something. */}
      <section aria-labelledby={SITE_IDS.searchResultsHeading} hidden>
        <h2 id={SITE_IDS.searchResultsHeading} className="sr-only">
          {labels.module.resultsLabel}
        </h2>
        <ol className="search-results" />
      </section>
    </div>
  );
}
