import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { SitePage } from "../SitePage";

export function NotFoundPage({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  // No address of its own (any missing address shows it): the languages lead to their home pages.
  return (
    <SitePage locale={locale} path={null}>
      <article className="page-article">
        <h1>{t("notFound.title")}</h1>
        <p>{t("notFound.body")}</p>
        <ul className="link-list">
          <li>
            <a href={routes.home(locale)}>{t("notFound.home")}</a>
          </li>
          <li>
            <a href={routes.contents(locale)}>{t("notFound.planLink")}</a>
          </li>
        </ul>
      </article>
    </SitePage>
  );
}
