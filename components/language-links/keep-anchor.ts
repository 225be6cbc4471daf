/**
 * Marks a link to the same page in another language. Every language has the same pages
 * and the same anchors, so `#education` on an English page is `#education` on the Chinese
 * one: the language-links module gives a marked link the reader's current anchor when it
 * is pressed (components/language-links/language-links.browser.ts).
 */
export const KEEP_ANCHOR = { "data-keep-anchor": "" } as const;
export const KEEP_ANCHOR_SELECTOR = "a[data-keep-anchor]";
