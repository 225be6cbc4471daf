import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findSection } from "@/lib/content";
import type { Locale } from "@/lib/locales";
import { pageMetadata } from "@/lib/metadata";
import { getPlan } from "@/lib/plan";
import { routes } from "@/lib/routes";
import { PlanBreadcrumb } from "../Breadcrumb";
import { langOf, UntranslatedNotice } from "../i18n/ContentLanguage";
import { Prose } from "../Prose";
import { PlanPublicationMeta } from "../PublicationMeta";
import { SectionPager } from "../SectionPager";
import { sectionDocumentTitle, sectionFullTitle } from "../SectionTitle";
import { SectionToc } from "../SectionToc";
import { PageTools } from "../features/PageTools";
import { StructuredData } from "../features/StructuredData";
import { articleStructuredData } from "@/lib/structured-data";
import { SitePage } from "../SitePage";

/** The slugs of a language's sections: the static params of its section pages. */
export function sectionSlugs(locale: Locale): { slug: string }[] {
  return getPlan(locale).sections.map((section) => ({ slug: section.slug }));
}

export function sectionMetadata(locale: Locale, slug: string): Metadata {
  const plan = getPlan(locale);
  const section = findSection(plan, slug);
  if (!section) return {};
  return pageMetadata(locale, {
    title: sectionDocumentTitle(locale, section),
    description: section.description,
    path: (language) => routes.section(language, slug),
    published: plan.overview.published,
  });
}

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
      <StructuredData data={articleStructuredData(locale, { path: routes.section(locale, section.slug), headline: sectionDocumentTitle(locale, section), description: section.description, published: plan.overview.published })} />
      <SectionPager locale={locale} previous={plan.sections[index - 1]} next={plan.sections[index + 1]} />
    </SitePage>
  );
}
