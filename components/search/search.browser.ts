/**
 * The search page (components/search/SearchPanel.tsx). This part is small and starts
 * with the page; the part that searches (search-results.browser.ts, and Pagefind's own
 * files) loads only when a search is made: the form is sent, or the page is opened with
 * ?q= (also when the form was sent before any script ran).
 */
import { SEARCH_QUERY_PARAM } from "@/lib/search";

export function startSearch(root: HTMLElement): void {
  const form = root.querySelector("form");
  const input = form?.querySelector<HTMLInputElement>(`input[name="${SEARCH_QUERY_PARAM}"]`);
  if (!form || !input) throw new Error("The search form's markup is incomplete.");
  const search = (words: string) => import("./search-results.browser").then((m) => m.showSearch(root, words));

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // The field's own words, read when the form is sent (also those typed before the script ran).
    const typed = input.value.trim();
    const url = new URL(window.location.href);
    if (typed) url.searchParams.set(SEARCH_QUERY_PARAM, typed);
    else url.searchParams.delete(SEARCH_QUERY_PARAM);
    // The address keeps the query, so a search can be reloaded, bookmarked or shared.
    window.history.replaceState(null, "", url);
    void search(typed);
  });

  const params = new URLSearchParams(window.location.search);
  if (params.has(SEARCH_QUERY_PARAM)) {
    const initial = params.get(SEARCH_QUERY_PARAM) ?? "";
    if (!input.value) input.value = initial;
    void search(input.value);
  }
}
