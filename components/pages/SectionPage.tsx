import { notFound } from "next/navigation";
import { findSection } from "@/lib/content";
import type { Locale } from "@/lib/i18n/locales";
import { getPlan } from "@/lib/content/plan";
import { routes } from "@/lib/routes";
import { PlanBreadcrumb } from "../Breadcrumb";
import { langOf } from "@/lib/i18n/content-language";
import { UntranslatedNotice } from "../UntranslatedNotice";
import { Prose } from "../Prose";
import { PlanPublicationMeta } from "../PublicationMeta";
import { SectionPager } from "../SectionPager";
import { sectionDocumentTitle, sectionFullTitle } from "@/lib/i18n/section-title";
import { SectionToc } from "../SectionToc";
import { PageTools } from "../page-tools/PageTools";
import { StructuredData } from "../StructuredData";
import { articleStructuredData } from "@/lib/seo/structured-data";
import { SitePage } from "../SitePage";

export function SectionPage({ locale, slug }: { locale: Locale; slug: string }) {
  const plan = getPlan(locale);
  const section = findSection(plan, slug);
  if (!section) notFound();
  const index = plan.sections.indexOf(section);
  const title = sectionFullTitle(locale, section);
  const lang = langOf(locale, section);
  return (
    <SitePage locale={locale} path={routes.section(locale, slug)}>
      <PlanBreadcrumb locale={locale} current={title} currentLang={lang} />
      <article className="page-article" data-pagefind-body="">
        <UntranslatedNotice locale={locale} text={section} />
        <h1 lang={lang}>{title}</h1>
        <PlanPublicationMeta locale={locale} overview={plan.overview} />
        <SectionToc locale={locale} headings={section.headings} lang={lang} />
        <Prose html={section.html} lang={lang} />
      </article>
      <PageTools locale={locale} path={routes.section(locale, section.slug)} />
      <StructuredData
        data={articleStructuredData(locale, {
          path: routes.section(locale, section.slug),
          headline: sectionDocumentTitle(locale, section),
          description: section.description,
          published: plan.overview.published,
        })}
      />
      <SectionPager locale={locale} previous={plan.sections[index - 1]} next={plan.sections[index + 1]} />
    </SitePage>
  );
}
