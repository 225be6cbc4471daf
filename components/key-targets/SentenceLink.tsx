import type { ReactNode } from "react";
import { TEXT_FRAGMENT_ATTRIBUTE } from "./text-fragment";

/**
 * A link to a paragraph that, where the browser supports text fragments, also highlights
 * the quoted sentence (the sentence-links module adds the fragment there). Browsers
 * without them would treat "#id:~:text=…" as an unknown anchor and stay at the top of the
 * page, so the HTML carries the plain #anchor, which lands on the paragraph everywhere.
 */
export function SentenceLink({ href, textFragment, children }: { href: string; textFragment: string; children?: ReactNode }) {
  // data-print-href: paper shows the paragraph's address, not the encoded sentence.
  return (
    <a href={href} data-print-href={href} {...{ [TEXT_FRAGMENT_ATTRIBUTE]: textFragment }}>
      {children}
    </a>
  );
}
