/**
 * Links to the same page in another language (components/language-links/SamePageLink.tsx) keep the
 * reader's place: when one is pressed, it takes the anchor the reader is at. mousedown
 * covers the middle button and "open in new tab", click covers the keyboard; the anchor
 * is read then, since a click on a link within the page changes it.
 */
import { KEEP_ANCHOR_SELECTOR } from "./keep-anchor";

export function startLanguageLinks(root: HTMLElement): void {
  const keep = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(KEEP_ANCHOR_SELECTOR);
    if (link && root.contains(link)) link.hash = location.hash;
  };
  root.addEventListener("mousedown", keep);
  root.addEventListener("click", keep);
}
