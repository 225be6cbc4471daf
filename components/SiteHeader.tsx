import { getTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/locales";
import { routes } from "@/lib/routes";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  const f = getTranslator(locale, "features");
  const site = t("site.name");
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <div className="site-container site-header__inner">
          <a href={routes.home(locale)} className="site-header__name" aria-label={t("header.homeLink", { site })}>
            {site}
          </a>
          <div className="site-header__tools" data-header-tools="" />
        </div>
      </div>
      <nav aria-label={t("header.navLabel")} className="site-nav">
        <ul className="site-container site-nav__list">
          <li>
            <a href={routes.home(locale)}>{t("nav.home")}</a>
          </li>
          <li>
            <a href={`${routes.home(locale)}#sections`}>{t("nav.plan")}</a>
          </li>
          <li>
            <a href={routes.projects(locale)}>{t("nav.projects")}</a>
          </li>
          <li>
            <a href={routes.search(locale)}>{f("nav.search")}</a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
