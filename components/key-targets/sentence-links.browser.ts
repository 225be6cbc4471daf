/**
 * Links to a quoted sentence (components/key-targets/SentenceLink.tsx): where the browser
 * supports text fragments, the link also highlights the sentence. Elsewhere the plain
 * #anchor in the HTML stays, which lands on the paragraph.
 */
import { TEXT_FRAGMENT_ATTRIBUTE } from "./text-fragment";

export function startSentenceLinks(root: HTMLElement): void {
  if (!("fragmentDirective" in document)) return;
  for (const link of root.querySelectorAll<HTMLAnchorElement>(`a[${TEXT_FRAGMENT_ATTRIBUTE}]`)) {
    const fragment = link.getAttribute(TEXT_FRAGMENT_ATTRIBUTE) ?? "";
    const href = link.getAttribute("href") ?? "";
    // Only a fragment of the form the build writes, on a link to a paragraph of this site.
    if (/^:~:text=[^#\s]+$/.test(fragment) && href.startsWith("/") && href.includes("#")) link.setAttribute("href", href + fragment);
  }
}
