import { notFound } from "next/navigation";
import { findSection } from "@/lib/content";
import type { Locale } from "@/lib/locales";
import { getPlan } from "@/lib/plan";
import { PlanBreadcrumb } from "../Breadcrumb";
import { Prose } from "../Prose";
import { PublicationMeta } from "../PublicationMeta";
import { SectionPager } from "../SectionPager";
import { sectionFullTitle } from "../SectionTitle";
import { SectionToc } from "../SectionToc";

export function SectionPage({ locale, slug }: { locale: Locale; slug: string }) {
  const plan = getPlan(locale);
  const section = findSection(plan, slug);
  if (!section) notFound();
  const index = plan.sections.indexOf(section);
  const title = sectionFullTitle(locale, section);
  return (
    <>
      <PlanBreadcrumb locale={locale} current={title} />
      <article className="page-article">
        <h1>{title}</h1>
        <PublicationMeta locale={locale} source={plan.overview.source} published={plan.overview.published} />
        <SectionToc locale={locale} headings={section.headings} />
        <Prose html={section.html} />
      </article>
      <SectionPager locale={locale} previous={plan.sections[index - 1]} next={plan.sections[index + 1]} />
    </>
  );
}
