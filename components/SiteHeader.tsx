import Link from "next/link";
import { DisplayModeButtons, DisplayModeToolbar } from "@/components/display-modes/DisplayModeControls";
import { getTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/locales";
import { routes } from "@/lib/routes";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  const site = t("site.name");
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <div className="site-container site-header__inner">
          <Link href={routes.home(locale)} className="site-header__name" aria-label={t("header.homeLink", { site })}>
            {site}
          </Link>
          <div className="site-header__tools" data-header-tools="">
            <DisplayModeButtons locale={locale} />
          </div>
        </div>
      </div>
      <DisplayModeToolbar locale={locale} />
      <nav aria-label={t("header.navLabel")} className="site-nav">
        <ul className="site-container site-nav__list">
          <li>
            <Link href={routes.home(locale)}>{t("nav.home")}</Link>
          </li>
          <li>
            <Link href={`${routes.home(locale)}#sections`}>{t("nav.plan")}</Link>
          </li>
          <li>
            <Link href={routes.projects(locale)}>{t("nav.projects")}</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
