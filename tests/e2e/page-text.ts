import type { Page } from "@playwright/test";

/**
 * What a reader of the page sees or hears (text, text alternatives, accessible names,
 * the title and description), leaving out what is inside an element whose lang starts
 * with one of `skip`: text deliberately in another language, and marked as such. With
 * `cards`, also what a search engine or a shared link shows of it: the Open Graph tags
 * and the schema.org data.
 */
export async function pageText(page: Page, skip: string[], { cards = false } = {}): Promise<string[]> {
  return page.evaluate(
    ({ skip, cards }) => {
      const skipped = (element: Element | null) => {
        const lang = element?.closest("[lang]")?.getAttribute("lang") ?? "";
        return skip.some((prefix) => lang.startsWith(prefix));
      };
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent && !parent.closest("script, style, template") && !skipped(parent) && node.textContent?.trim()) found.push(node.textContent.trim());
      }
      for (const element of document.querySelectorAll("[aria-label], [alt], [title], [placeholder]")) {
        if (skipped(element)) continue;
        for (const name of ["aria-label", "alt", "title", "placeholder"]) {
          const value = element.getAttribute(name);
          if (value) found.push(value);
        }
      }
      found.push(document.title, document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "");
      if (cards) {
        for (const meta of document.head.querySelectorAll("meta[property^='og:']")) found.push(meta.getAttribute("content") ?? "");
        for (const data of document.querySelectorAll('script[type="application/ld+json"]')) found.push(data.textContent ?? "");
      }
      return found;
    },
    { skip, cards },
  );
}
