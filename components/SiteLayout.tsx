import type { ReactNode } from "react";
import { DISPLAY_MODES_BOOT_SCRIPT } from "@/lib/display-modes/boot-script";
import type { Locale } from "@/lib/locales";
import { HydrationSignal } from "./HydrationSignal";
import { TranslationNotice } from "./i18n/TranslationNotice";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";
import { SkipLink } from "./SkipLink";

/** The whole document of one language: every page shares its landmarks and order. */
export function SiteLayout({ locale, children, notFound }: { locale: Locale; children: ReactNode; notFound?: boolean }) {
  return (
    // suppressHydrationWarning: the boot script adds the display-mode attributes to <html>.
    <html lang={locale} id="top" suppressHydrationWarning>
      <head>
        {/* Display modes before first paint (lib/display-modes/boot-script.ts). */}
        <script dangerouslySetInnerHTML={{ __html: DISPLAY_MODES_BOOT_SCRIPT }} />
      </head>
      <body>
        <SkipLink locale={locale} />
        <SiteHeader locale={locale} notFound={notFound} />
        {/* tabIndex -1: the skip link moves keyboard focus here, not just the scroll position. */}
        <main id="main" tabIndex={-1} className="site-container site-main">
          <TranslationNotice locale={locale} />
          {children}
        </main>
        <SiteFooter locale={locale} />
        <HydrationSignal />
      </body>
    </html>
  );
}
