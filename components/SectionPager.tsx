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
    // Screen navigation: paper leaves it out.
    <nav aria-label={t("section.pagerLabel")} className="max-w-measure print:hidden!">
      <ul className="mt-8 mb-0 list-none border-t border-rule p-0">
        {previous && (
          <li className="mt-4">
            <a href={routes.section(locale, previous.slug)} rel="prev" className="block py-[0.25em]">
              <span className="block font-bold">{t("section.previous")}</span>
              <span lang={langOf(locale, previous)}>{sectionFullTitle(locale, previous)}</span>
            </a>
          </li>
        )}
        {next && (
          <li className="mt-4">
            <a href={routes.section(locale, next.slug)} rel="next" className="block py-[0.25em]">
              <span className="block font-bold">{t("section.next")}</span>
              <span lang={langOf(locale, next)}>{sectionFullTitle(locale, next)}</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
