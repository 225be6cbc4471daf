import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { SITE_IDS } from "@/lib/site-ids";
import { TranslationNotice } from "./language-links/TranslationNotice";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";
import { SITE_CONTAINER } from "./site-container";
import { SkipLink } from "./SkipLink";

/**
 * What every page shares, in this order: skip link, header, main, footer. Each page
 * passes its own address (`path`; null on the 404 page), which the language links need:
 * a root layout is not told which page it wraps.
 */
export function SitePage({ locale, path, children }: { locale: Locale; path: string | null; children: ReactNode }) {
  return (
    <>
      <SkipLink locale={locale} />
      <SiteHeader locale={locale} path={path} />
      {/* tabIndex -1: the skip link moves keyboard focus here, not just the scroll position. */}
      <main id={SITE_IDS.main} tabIndex={-1} className={`${SITE_CONTAINER} pt-6 pb-12`}>
        <TranslationNotice locale={locale} path={path} />
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
