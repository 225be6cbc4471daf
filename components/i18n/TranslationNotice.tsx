import { getTranslator } from "@/lib/i18n";
import { DEFAULT_LOCALE, TRANSLATED_LOCALES, type Locale } from "@/lib/locales";
import { SamePageLink } from "./SamePageLink";

/**
 * On every page of a translation: the text is unofficial, the Chinese text prevails,
 * and here it is. First in <main>, so that it is read before the page, also by those
 * who skip straight to the content.
 */
export function TranslationNotice({ locale }: { locale: Locale }) {
  if (!TRANSLATED_LOCALES.includes(locale)) return null;
  const t = getTranslator(locale, "language");
  return (
    <div className="translation-notice" role="note" aria-labelledby="translation-notice-title">
      <p>
        <strong id="translation-notice-title" className="translation-notice__title">
          {t("translation.title")}
        </strong>{" "}
        {t("translation.notice")}
      </p>
      <p className="translation-notice__link">
        <SamePageLink locale={DEFAULT_LOCALE}>{t("translation.originalLink")}</SamePageLink>
      </p>
    </div>
  );
}
