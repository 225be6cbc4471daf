import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { SITE_IDS } from "@/lib/site-ids";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  const modes = getTranslator(locale, "modes");
  return (
    <footer className="site-footer">
      <div className="site-container">
        <p className="site-footer__name">{t("site.name")}</p>
        <p>{t("footer.source")}</p>
        <ul className="site-footer__links">
          <li>
            <a href={routes.accessibility(locale)}>{modes("footer.statement")}</a>
          </li>
          <li>
            <a href={routes.accessibilityHelp(locale)}>{modes("footer.help")}</a>
          </li>
        </ul>
        <p>
          <a href={`#${SITE_IDS.top}`}>{t("footer.backToTop")}</a>
        </p>
      </div>
    </footer>
  );
}
