import { DisplayModeButtons, DisplayModeStatus, DisplayModeStrings, DisplayModeToolbar } from "@/components/display-modes/DisplayModeControls";
import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { MODULE_NAMES, moduleRoot } from "@/lib/modules/names";
import { planLabel } from "@/lib/i18n/plan-counts";
import { routes } from "@/lib/routes";
import { LanguageSwitcher } from "./language-links/LanguageSwitcher";
import { SITE_CONTAINER } from "./site-container";

/** A link of the main navigation: a target at least 44px high (60px in 长者助手, where it must
 * win over the taller padding every link gets there). */
const NAV_LINK = "inline-flex min-h-target items-center font-bold elder:min-h-control!";

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
    // Screen furniture: paper leaves it out.
    <header className="print:hidden!" {...moduleRoot(MODULE_NAMES.displayModes)}>
      <DisplayModeStrings locale={locale} />
      {/* The bar in the brand colour; on black, and in 纯文本, a thin rule of the page's own edges it. */}
      <div className="border-b-4 border-ink bg-brand text-brand-ink on-black:border-b-rule text-only:border-b text-only:border-b-rule">
        <div className={`${SITE_CONTAINER} flex flex-wrap items-center justify-between gap-x-[1.5rem] gap-y-[0.5rem] py-[0.75rem]`}>
          <a
            href={routes.home(locale)}
            className="inline-flex min-h-target items-center text-site-name font-bold text-brand-ink no-underline hover:underline hover:decoration-auto"
            aria-label={t("header.homeLink", { site })}
          >
            {site}
          </a>
          <div className="flex flex-wrap gap-[0.5rem]">
            <DisplayModeButtons locale={locale} />
          </div>
        </div>
      </div>
      <DisplayModeToolbar locale={locale} path={path} />
      <DisplayModeStatus />
      {/* The main navigation and, at its end, the languages; on a narrow screen or at 200% zoom
          the languages wrap onto their own line. */}
      <div className="border-b border-rule bg-surface">
        <div className={`${SITE_CONTAINER} flex flex-wrap items-center justify-between gap-x-[1.5rem]`}>
          <nav aria-label={t("header.navLabel")}>
            <ul className="m-0 flex list-none flex-wrap gap-x-[1.5rem] p-0 elder:gap-x-[2rem] elder:gap-y-[0.25rem] elder:py-[0.5rem]">
              <li>
                <a href={routes.home(locale)} className={NAV_LINK}>
                  {t("nav.home")}
                </a>
              </li>
              <li>
                <a href={routes.contents(locale)} className={NAV_LINK}>
                  {t("nav.plan")}
                </a>
              </li>
              <li>
                <a href={routes.projects(locale)} className={NAV_LINK}>
                  {planLabel(locale, "nav.projects")}
                </a>
              </li>
              <li>
                <a href={routes.search(locale)} className={NAV_LINK}>
                  {f("nav.search")}
                </a>
              </li>
            </ul>
          </nav>
          <LanguageSwitcher locale={locale} path={path} />
        </div>
      </div>
    </header>
  );
}
