import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { samePageIn } from "@/lib/routes";
import { KEEP_ANCHOR } from "./keep-anchor";

/**
 * A link to the page being read (`path`), at the same place, in another language. A plain
 * <a> with the full address in the HTML: it works before and without any script; the
 * language-links module adds the anchor the reader is at when it is pressed.
 */
export function SamePageLink({
  locale,
  path,
  children,
  ...rest
}: {
  locale: Locale;
  path: string;
  children: ReactNode;
  lang?: string;
  className?: string;
  "aria-current"?: "true";
}) {
  return (
    <a href={samePageIn(locale, path)} hrefLang={locale} {...KEEP_ANCHOR} {...rest}>
      {children}
    </a>
  );
}
