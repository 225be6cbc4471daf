import type { Section } from "@/lib/content";
import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { langOf } from "@/lib/i18n/content-language";
import { sectionFullTitle } from "@/lib/i18n/section-title";

/** 上一节 / 下一节, each carrying the full title of the section it leads to. */
export function SectionPager({ locale, previous, next }: { locale: Locale; previous?: Section; next?: Section }) {
  const t = getTranslator(locale);
  if (!previous && !next) return null;
  return (
    <nav aria-label={t("section.pagerLabel")} className="section-pager">
      <ul>
        {previous && (
          <li className="section-pager__previous">
            <a href={routes.section(locale, previous.slug)} rel="prev">
              <span className="section-pager__label">{t("section.previous")}</span>
              <span className="section-pager__title" lang={langOf(locale, previous)}>
                {sectionFullTitle(locale, previous)}
              </span>
            </a>
          </li>
        )}
        {next && (
          <li className="section-pager__next">
            <a href={routes.section(locale, next.slug)} rel="next">
              <span className="section-pager__label">{t("section.next")}</span>
              <span className="section-pager__title" lang={langOf(locale, next)}>
                {sectionFullTitle(locale, next)}
              </span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
