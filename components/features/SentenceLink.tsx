"use client";

import { useSyncExternalStore, type ReactNode } from "react";

const subscribe = () => () => {};
const supportsTextFragments = () => "fragmentDirective" in document;

/**
 * A link to a paragraph that, where the browser supports text fragments, also
 * highlights the quoted sentence. Browsers without them would treat "#id:~:text=…" as
 * an unknown anchor and stay at the top of the page, so they get the plain #anchor
 * (the server-rendered href) and still land on the paragraph.
 */
export function SentenceLink({ href, textFragment, children }: { href: string; textFragment: string; children: ReactNode }) {
  const highlight = useSyncExternalStore(subscribe, supportsTextFragments, () => false);
  // data-print-href: paper shows the paragraph's address, not the encoded sentence.
  return (
    <a href={highlight ? `${href}${textFragment}` : href} data-print-href={href}>
      {children}
    </a>
  );
}
