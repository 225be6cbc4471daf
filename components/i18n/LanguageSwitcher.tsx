import { getTranslator } from "@/lib/i18n";
import { LOCALES, type Locale } from "@/lib/locales";
import { KEEP_ANCHOR_SCRIPT } from "./keep-anchor";
import { LanguageLinks } from "./LanguageLinks";

/**
 * 简体中文 · 繁體中文 · English, on every page: each language named in itself (and marked
 * with its lang, WCAG 3.1.2), each leading to the same page and anchor in that language
 * (or, from the 404 page, to that language's home page).
 */
export function LanguageSwitcher({ locale, to }: { locale: Locale; to: "same-page" | "home" }) {
  const t = getTranslator(locale, "language");
  const languages = LOCALES.map((language) => ({ locale: language, autonym: getTranslator(language, "language")("autonym") }));
  return (
    <>
      <nav aria-label={t("switcher.label")} className="language-switcher">
        <LanguageLinks current={locale} languages={languages} to={to} />
      </nav>
      {/* Once per page, for every link marked KEEP_ANCHOR (also the translation notice's). */}
      <script dangerouslySetInnerHTML={{ __html: KEEP_ANCHOR_SCRIPT }} />
    </>
  );
}
