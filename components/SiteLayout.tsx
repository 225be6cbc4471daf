import type { ReactNode } from "react";
import type { Locale } from "@/lib/locales";
import { ContentLiveReload } from "./ContentLiveReload";
import { TranslationNotice } from "./i18n/TranslationNotice";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";
import { SkipLink } from "./SkipLink";

/** The whole document of one language: every page shares its landmarks and order. */
export function SiteLayout({ locale, children, notFound }: { locale: Locale; children: ReactNode; notFound?: boolean }) {
  return (
    <html lang={locale} id="top">
      <body>
        <SkipLink locale={locale} />
        <SiteHeader locale={locale} notFound={notFound} />
        {/* tabIndex -1: the skip link moves keyboard focus here, not just the scroll position. */}
        <main id="main" tabIndex={-1} className="site-container site-main">
          <TranslationNotice locale={locale} />
          {children}
        </main>
        <SiteFooter locale={locale} />
        <ContentLiveReload />
      </body>
    </html>
  );
}
