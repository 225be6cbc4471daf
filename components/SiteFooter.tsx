import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { SITE_IDS } from "@/lib/site-ids";
import { SITE_CONTAINER } from "./site-container";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  const modes = getTranslator(locale, "modes");
  return (
    // Screen furniture: paper leaves it out.
    <footer className="mt-8 border-t-4 border-brand bg-surface py-6 text-small text-ink print:hidden!">
      <div className={SITE_CONTAINER}>
        <p className="font-bold">{t("site.name")}</p>
        <p>{t("footer.source")}</p>
        <ul className="flex list-none flex-wrap gap-x-[1.5em] p-0">
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
