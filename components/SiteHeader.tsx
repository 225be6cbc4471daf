import Link from "next/link";
import { getTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/locales";
import { routes } from "@/lib/routes";
import { LanguageSwitcher } from "./i18n/LanguageSwitcher";

/** `notFound`: on the 404 page, which has no address of its own, the languages lead to their home pages. */
export function SiteHeader({ locale, notFound }: { locale: Locale; notFound?: boolean }) {
  const t = getTranslator(locale);
  const site = t("site.name");
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <div className="site-container site-header__inner">
          <Link href={routes.home(locale)} className="site-header__name" aria-label={t("header.homeLink", { site })}>
            {site}
          </Link>
          <div className="site-header__tools" data-header-tools="" />
        </div>
      </div>
      <div className="site-nav">
        <div className="site-container site-nav__row">
          <nav aria-label={t("header.navLabel")}>
            <ul className="site-nav__list">
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
          <LanguageSwitcher locale={locale} to={notFound ? "home" : "same-page"} />
        </div>
      </div>
    </header>
  );
}
