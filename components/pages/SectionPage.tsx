import { notFound } from "next/navigation";
import { findSection } from "@/lib/content";
import { getTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/locales";
import { getPlan } from "@/lib/plan";
import { routes } from "@/lib/routes";
import { Breadcrumb } from "../Breadcrumb";
import { langOf, UntranslatedNotice } from "../i18n/ContentLanguage";
import { Prose } from "../Prose";
import { PublicationMeta } from "../PublicationMeta";
import { SectionPager } from "../SectionPager";
import { sectionFullTitle } from "../SectionTitle";
import { SectionToc } from "../SectionToc";

export function SectionPage({ locale, slug }: { locale: Locale; slug: string }) {
  const t = getTranslator(locale);
  const plan = getPlan(locale);
  const section = findSection(plan, slug);
  if (!section) notFound();
  const index = plan.sections.indexOf(section);
  const title = sectionFullTitle(locale, section);
  const lang = langOf(locale, section);
  return (
    <>
      <Breadcrumb
        locale={locale}
        trail={[
          { label: t("breadcrumb.home"), href: routes.home(locale) },
          { label: plan.overview.title, href: `${routes.home(locale)}#sections`, lang: langOf(locale, plan.overview) },
          { label: title, lang },
        ]}
      />
      <article className="page-article">
        <UntranslatedNotice locale={locale} text={section} />
        <h1 lang={lang}>{title}</h1>
        <PublicationMeta
          locale={locale}
          source={plan.overview.source}
          published={plan.overview.published}
          sourceLang={langOf(locale, plan.overview)}
        />
        <SectionToc locale={locale} headings={section.headings} lang={lang} />
        <Prose html={section.html} lang={lang} />
      </article>
      <SectionPager locale={locale} previous={plan.sections[index - 1]} next={plan.sections[index + 1]} />
    </>
  );
}
