import { getTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/locales";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <footer className="site-footer">
      <div className="site-container">
        <p className="site-footer__name">{t("site.name")}</p>
        <p>{t("footer.source")}</p>
        <p>
          <a href="#top">{t("footer.backToTop")}</a>
        </p>
      </div>
    </footer>
  );
}
