"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { fill } from "@/lib/format";
import { HYDRATE_WITH_PARAM_ATTRIBUTE } from "@/lib/hydration";
import { excerptParts, PAGEFIND_BUNDLE, SEARCH_QUERY_PARAM } from "@/lib/search";

export interface SearchLabels {
  formLabel: string;
  inputLabel: string;
  hint: string;
  submit: string;
  noScript: string;
  noScriptLink: string;
  searching: string;
  empty: string;
  /** "found {{count}} …" by plural category (Intl.PluralRules), e.g. one and other. */
  results: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  noResults: string;
  unavailable: string;
  resultsLabel: string;
  subResultsLabel: string;
}

interface PagefindSubResult {
  title: string;
  url: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

interface Pagefind {
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

interface SearchResult {
  url: string;
  title: string;
  excerpt: string;
  paragraphs: PagefindSubResult[];
}

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's script is loaded on the search page only, and only when a search is made. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_BUNDLE) as Promise<Pagefind>;
  return pagefind;
}

/**
 * The search form and its results. The form is plain HTML (GET ?q=), so it is there
 * before the script runs; without JavaScript the page says that search needs it. The
 * count of results is announced politely (WCAG 4.1.3); focus stays where the reader
 * put it. The field is uncontrolled: its words are read when the form is sent, so words
 * typed before the page's script ran (it loads on first use) are kept and searched.
 */
export function SearchPanel({ locale, homeContentsHref, labels }: { locale: string; homeContentsHref: string; labels: SearchLabels }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");
  const [results, setResults] = useState<SearchResult[]>([]);
  const latest = useRef(0);

  async function run(raw: string) {
    const term = raw.trim();
    const ticket = ++latest.current;
    setResults([]);
    if (!term) {
      setStatus(labels.empty);
      return;
    }
    setStatus(fill(labels.searching, { query: term }));
    try {
      const search = await (await loadPagefind()).search(term);
      const found = await Promise.all((search?.results ?? []).map((result) => result.data()));
      if (ticket !== latest.current) return;
      setResults(
        found.map((data) => ({
          url: data.url,
          title: data.meta.title ?? data.url,
          excerpt: data.excerpt,
          paragraphs: (data.sub_results ?? []).filter((sub) => sub.url.includes("#")).slice(0, 3),
        })),
      );
      const category = new Intl.PluralRules(locale).select(found.length);
      const template = found.length === 0 ? labels.noResults : (labels.results[category] ?? labels.results.other);
      setStatus(fill(template, { count: found.length, query: term }));
    } catch {
      if (ticket === latest.current) setStatus(labels.unavailable);
    }
  }

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (params.has(SEARCH_QUERY_PARAM)) {
      // Once, after hydration: the query of an address such as /search/?q=中医药 (an empty
      // one, from the form sent before the page's script ran, asks for words).
      const initial = params.get(SEARCH_QUERY_PARAM) ?? "";
      if (input.current) input.current.value = initial;
      void run(initial);
    }
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = input.current?.value ?? "";
    const url = new URL(window.location.href);
    if (typed.trim()) url.searchParams.set(SEARCH_QUERY_PARAM, typed.trim());
    else url.searchParams.delete(SEARCH_QUERY_PARAM);
    // The address keeps the query, so a search can be reloaded, bookmarked or shared.
    window.history.replaceState(null, "", url);
    void run(typed);
  }

  return (
    // An address with ?q= has its search run at once, so the page hydrates at once (lib/hydration.ts).
    <div className="search-panel" {...{ [HYDRATE_WITH_PARAM_ATTRIBUTE]: SEARCH_QUERY_PARAM }}>
      <form role="search" aria-label={labels.formLabel} className="search-form" method="get" onSubmit={submit}>
        <label htmlFor="search-query" className="search-form__label">
          {labels.inputLabel}
        </label>
        <p id="search-hint" className="search-form__hint">
          {labels.hint}
        </p>
        <div className="search-form__row">
          <input
            id="search-query"
            ref={input}
            name={SEARCH_QUERY_PARAM}
            type="search"
            className="search-form__input"
            aria-describedby="search-hint"
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" className="feature-button search-form__submit">
            {labels.submit}
          </button>
        </div>
      </form>
      {/* Shown only where JavaScript does not run (display-modes.css). */}
      <p className="search-panel__noscript" data-noscript-only="">
        {labels.noScript} <a href={homeContentsHref}>{labels.noScriptLink}</a>
      </p>
      <p role="status" aria-live="polite" aria-atomic="true" className="search-panel__status">
        {status}
      </p>
      {results.length > 0 && (
        <ol className="search-results" aria-label={labels.resultsLabel}>
          {results.map((result) => (
            <li key={result.url} className="search-result">
              <h2 className="search-result__title">
                <a href={result.url}>{result.title}</a>
              </h2>
              <p className="search-result__excerpt">
                {excerptParts(result.excerpt).map((part, index) =>
                  part.highlight ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
                )}
              </p>
              {result.paragraphs.length > 0 && (
                <div className="search-result__paragraphs">
                  <p>{labels.subResultsLabel}</p>
                  <ul>
                    {result.paragraphs.map((paragraph) => (
                      <li key={paragraph.url}>
                        <a href={paragraph.url}>{paragraph.title}</a>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
