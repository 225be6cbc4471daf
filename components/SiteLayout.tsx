import type { ReactNode } from "react";
import { preloadModule } from "react-dom";
import type { Locale } from "@/lib/i18n/locales";
import { modulesManifest } from "@/lib/modules/bundle";
import { SITE_IDS } from "@/lib/site-ids";

/**
 * The document of one language. The browser gets this HTML, its inline CSS, the boot
 * script and the site's own entry module, nothing else (the build removes Next's runtime:
 * scripts/lib/strip-next-runtime.ts). The module is deferred by nature: it runs once the
 * page has parsed, and starts every component marked with data-module.
 */
export function SiteLayout({ locale, children }: { locale: Locale; children: ReactNode }) {
  const modules = modulesManifest();
  // The chunks the entry imports are fetched alongside it, not one round trip later.
  for (const href of modules.preload) preloadModule(href);
  return (
    <html lang={locale} id={SITE_IDS.top}>
      <head>
        {/* No frame is painted before the header, with its buttons and an open toolbar, is parsed: a
            first paint of half the header would move its buttons when the rest arrives. */}
        <link rel="expect" href={`#${SITE_IDS.main}`} {...{ blocking: "render" }} />
        {/* Display modes before first paint (lib/display-modes/boot-script.ts). */}
        <script dangerouslySetInnerHTML={{ __html: modules.bootScript }} />
        <script type="module" src={modules.entry} />
      </head>
      <body>{children}</body>
    </html>
  );
}
