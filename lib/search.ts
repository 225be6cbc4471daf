/**
 * Constants of site search, shared by the server page and its browser module. The index
 * is built by Pagefind after `next build` (see pagefind.yml); one bundle serves every
 * language and picks the index that matches <html lang>.
 */
export const PAGEFIND_BUNDLE = "/pagefind/pagefind.js";

/** The search page reads its query from ?q=, so a form anywhere can submit to it. */
export const SEARCH_QUERY_PARAM = "q";

/** Splits a Pagefind excerpt ("…<mark>中医药</mark>城…") into plain and highlighted text, without parsing HTML. */
export function excerptParts(excerpt: string): { text: string; highlight: boolean }[] {
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;|&#x27;|&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== "")
    .map((part) => {
      const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      return marked ? { text: decode(marked[1] ?? ""), highlight: true } : { text: decode(part.replace(/<[^>]*>/g, "")), highlight: false };
    });
}
