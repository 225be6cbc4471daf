import { DisplayModeButtons, DisplayModeStatus, DisplayModeStrings, DisplayModeToolbar } from "@/components/display-modes/DisplayModeControls";
import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { MODULE_NAMES, moduleRoot } from "@/lib/modules/names";
import { planLabel } from "@/lib/i18n/plan-counts";
import { routes } from "@/lib/routes";
import { LanguageSwitcher } from "./language-links/LanguageSwitcher";

/**
 * The header of every page, and the root of the display-modes module.
 * `path`: the page's own address, for the language switcher (null on the 404 page, which
 * has no address of its own: the languages then lead to their home pages).
 */
export function SiteHeader({ locale, path }: { locale: Locale; path: string | null }) {
  const t = getTranslator(locale);
  const f = getTranslator(locale, "features");
  const site = t("site.name");
  return (
    <header className="site-header" {...moduleRoot(MODULE_NAMES.displayModes)}>
      <DisplayModeStrings locale={locale} />
      <div className="site-header__bar">
        <div className="site-container site-header__inner">
          <a href={routes.home(locale)} className="site-header__name" aria-label={t("header.homeLink", { site })}>
            {site}
          </a>
          <div className="site-header__tools">
            <DisplayModeButtons locale={locale} />
          </div>
        </div>
      </div>
      <DisplayModeToolbar locale={locale} path={path} />
      <DisplayModeStatus />
      <div className="site-nav">
        <div className="site-container site-nav__row">
          <nav aria-label={t("header.navLabel")}>
            <ul className="site-nav__list">
              <li>
                <a href={routes.home(locale)}>{t("nav.home")}</a>
              </li>
              <li>
                <a href={routes.contents(locale)}>{t("nav.plan")}</a>
              </li>
              <li>
                <a href={routes.projects(locale)}>{planLabel(locale, "nav.projects")}</a>
              </li>
              <li>
                <a href={routes.search(locale)}>{f("nav.search")}</a>
              </li>
            </ul>
          </nav>
          <LanguageSwitcher locale={locale} path={path} />
        </div>
      </div>
    </header>
  );
}
