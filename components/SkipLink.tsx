import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";
import { SITE_IDS } from "@/lib/site-ids";

/** The first focusable element of every page (WCAG 2.4.1): it moves focus into <main>. */
export function SkipLink({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  return (
    // Out of sight above the page until focused. Larger text (长者助手, 文字放大) makes it taller than
    // the distance it is hidden by, so there it hides by its own height instead. Not on paper.
    <a
      href={`#${SITE_IDS.main}`}
      className="absolute top-[-100px] left-4 z-50 bg-focus px-[1em] py-[0.5em] text-focus-ink focus:top-4 print:hidden! [html:is([data-elder],[data-text-scale])_&:not(:focus)]:top-auto [html:is([data-elder],[data-text-scale])_&:not(:focus)]:bottom-full"
    >
      {t("skipLink")}
    </a>
  );
}
