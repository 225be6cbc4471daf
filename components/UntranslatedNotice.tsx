import { langOf } from "@/lib/i18n/content-language";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";

/** Says, in the page's language, that the text below is still the Chinese original. */
export function UntranslatedNotice({ locale, text }: { locale: Locale; text: { lang: string } }) {
  if (!langOf(locale, text)) return null;
  const t = getTranslator(locale, "language");
  return <p className="untranslated-notice">{t("translation.untranslated")}</p>;
}
