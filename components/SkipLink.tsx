import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";
import { SITE_IDS } from "@/lib/site-ids";

/** The first focusable element of every page (WCAG 2.4.1): it moves focus into <main>. */
export function SkipLink({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <a href={`#${SITE_IDS.main}`} className="skip-link">
      {t("skipLink")}
    </a>
  );
}
