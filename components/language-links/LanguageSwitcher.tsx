import { getTranslator } from "@/lib/i18n/translate";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { MODULE_NAMES, moduleRoot } from "@/lib/modules/names";
import { routes } from "@/lib/routes";
import { SamePageLink } from "./SamePageLink";

/**
 * A language's link, a target at least 44px high. The language being read: bold, in the
 * text's colour, with a bar under it instead of the link underline, so it is not told by
 * colour alone (WCAG 1.4.1); focused, it takes the focus band of every link.
 */
const LANGUAGE_LINK =
  "inline-flex min-h-target items-center px-[0.25em] [&[aria-current]]:font-bold [&[aria-current]]:text-ink [&[aria-current]]:no-underline [&[aria-current]]:shadow-current-language [&[aria-current]]:focus-visible:shadow-link-focus";

/**
 * 简体中文 · 繁體中文 · English, on every page: each language named in itself (and marked
 * with its lang, WCAG 3.1.2), each leading to the same page and anchor in that language
 * (or, from the 404 page, whose `path` is null, to that language's home page). Each
 * language has its own root layout (its own <html lang>), so a switch is a full page load.
 */
export function LanguageSwitcher({ locale, path }: { locale: Locale; path: string | null }) {
  const t = getTranslator(locale, "language");
  return (
    <nav aria-label={t("switcher.label")} {...moduleRoot(MODULE_NAMES.languageLinks)}>
      <ul className="m-0 flex list-none flex-wrap gap-x-[1rem] p-0">
        {LOCALES.map((language) => {
          const autonym = getTranslator(language, "language")("autonym");
          const shared = { lang: language, className: LANGUAGE_LINK, "aria-current": language === locale ? ("true" as const) : undefined };
          return (
            <li key={language}>
              {path === null ? (
                <a href={routes.home(language)} hrefLang={language} {...shared}>
                  {autonym}
                </a>
              ) : (
                <SamePageLink locale={language} path={path} {...shared}>
                  {autonym}
                </SamePageLink>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
