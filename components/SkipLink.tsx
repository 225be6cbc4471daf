import type { Locale } from "@/lib/locales";
import { getTranslator } from "@/lib/i18n";

/** The first focusable element of every page (WCAG 2.4.1): it moves focus into <main>. */
export function SkipLink({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <a href="#main" className="skip-link">
      {t("skipLink")}
    </a>
  );
}
