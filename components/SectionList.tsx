import type { Section } from "@/lib/content";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { langOf } from "@/lib/i18n/content-language";
import { sectionFullTitle } from "@/lib/i18n/section-title";

/** The sections of the plan as links, each carrying its full title. */
export function SectionList({ locale, sections }: { locale: Locale; sections: Section[] }) {
  return (
    <ol className="link-list">
      {sections.map((section) => (
        <li key={section.slug}>
          <a href={routes.section(locale, section.slug)} lang={langOf(locale, section)}>
            {sectionFullTitle(locale, section)}
          </a>
        </li>
      ))}
    </ol>
  );
}
