import { getTranslator } from "@/lib/i18n/translate";
import { DEFAULT_LOCALE, TRANSLATED_LOCALES, type Locale } from "@/lib/i18n/locales";
import { MODULE_NAMES, moduleRoot } from "@/lib/modules/names";
import { SITE_IDS } from "@/lib/site-ids";
import { SamePageLink } from "./SamePageLink";

/**
 * On every page of a translation: the text is unofficial, the Chinese text prevails,
 * and here it is (`path`: this page's address). First in <main>, so that it is read
 * before the page, also by those who skip straight to the content.
 */
export function TranslationNotice({ locale, path }: { locale: Locale; path: string | null }) {
  if (!TRANSLATED_LOCALES.includes(locale)) return null;
  const t = getTranslator(locale, "language");
  return (
    <div className="translation-notice" role="note" aria-labelledby={SITE_IDS.translationNoticeTitle} {...moduleRoot(MODULE_NAMES.languageLinks)}>
      <p>
        <strong id={SITE_IDS.translationNoticeTitle} className="translation-notice__title">
          {t("translation.title")}
        </strong>{" "}
        {t("translation.notice")}
      </p>
      <p className="translation-notice__link">
        <SamePageLink locale={DEFAULT_LOCALE} path={path ?? "/"}>
          {t("translation.originalLink")}
        </SamePageLink>
      </p>
    </div>
  );
}
