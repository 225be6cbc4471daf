/**
 * Runs a search with Pagefind (its script is loaded now, the first time) and shows the
 * results in the search panel's list; the number found is said in the panel's polite
 * status. Results are built with DOM calls: an excerpt's highlight is a <mark>, every
 * other part plain text, so nothing in the index can become markup.
 */
import { fill } from "@/lib/i18n/format";
import { readModuleData, readModuleStrings } from "@/lib/modules/strings";
import { excerptParts, PAGEFIND_BUNDLE } from "@/lib/search";

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

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () => (pagefind ??= import(/* @vite-ignore */ PAGEFIND_BUNDLE) as Promise<Pagefind>);

const STRINGS = ["locale", "searching", "empty", "noResults", "unavailable", "subResultsLabel", "results:other"] as const;
// (resultsLabel names the results' section in the HTML itself.)

/** Only addresses of this site, as Pagefind writes them. */
const siteAddress = (url: string) => (url.startsWith("/") && !url.startsWith("//") ? url : "/");

let latest = 0;

export async function showSearch(root: HTMLElement, raw: string): Promise<void> {
  const strings = readModuleStrings(root, STRINGS);
  const status = root.querySelector('[role="status"]');
  const list = root.querySelector<HTMLOListElement>("ol");
  const results = list?.closest("section");
  if (!status || !list || !results) throw new Error("The search panel's markup is incomplete.");
  const term = raw.trim();
  const ticket = ++latest;
  list.replaceChildren();
  results.hidden = true;
  if (!term) {
    status.textContent = strings.empty;
    return;
  }
  status.textContent = fill(strings.searching, { query: term });
  try {
    const search = await (await loadPagefind()).search(term);
    const found = await Promise.all((search?.results ?? []).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...found.map((data) => resultItem(data, strings.subResultsLabel)));
    results.hidden = found.length === 0;
    const plural = readModuleData(root)[`results:${new Intl.PluralRules(strings.locale).select(found.length)}`];
    const template = found.length === 0 ? strings.noResults : typeof plural === "string" ? plural : strings["results:other"];
    status.textContent = fill(template, { count: found.length, query: term });
  } catch {
    if (ticket === latest) status.textContent = strings.unavailable;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(url: string, text: string) {
  const anchor = element("a", undefined, text);
  anchor.href = siteAddress(url);
  return anchor;
}

function resultItem(data: PagefindResultData, subResultsLabel: string): HTMLLIElement {
  const excerpt = element(
    "p",
    "search-result__excerpt",
    ...excerptParts(data.excerpt).map((part) => (part.highlight ? element("mark", undefined, part.text) : part.text)),
  );
  const item = element("li", "search-result", element("h3", "search-result__title", link(data.url, data.meta.title ?? data.url)), excerpt);
  const paragraphs = (data.sub_results ?? []).filter((sub) => sub.url.includes("#")).slice(0, 3);
  if (paragraphs.length > 0) {
    item.append(
      element(
        "div",
        "search-result__paragraphs",
        element("p", undefined, subResultsLabel),
        element("ul", undefined, ...paragraphs.map((sub) => element("li", undefined, link(sub.url, sub.title)))),
      ),
    );
  }
  return item;
}
