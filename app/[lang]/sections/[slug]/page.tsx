import { notFound } from "next/navigation";
import { sectionDocumentTitle } from "@/components/SectionTitle";
import { SectionPage } from "@/components/pages/SectionPage";
import { findSection } from "@/lib/content";
import { localeFromSegment } from "@/lib/locales";
import { pageMetadata } from "@/lib/metadata";
import { getPlan } from "@/lib/plan";
import { routes } from "@/lib/routes";

export const dynamicParams = false;

export async function generateStaticParams({ params }: { params: { lang: string } }) {
  const locale = localeFromSegment(params.lang);
  return locale ? getPlan(locale).sections.map((section) => ({ slug: section.slug })) : [];
}

export async function generateMetadata({ params }: PageProps<"/[lang]/sections/[slug]">) {
  const { lang, slug } = await params;
  const locale = localeFromSegment(lang);
  const plan = locale && getPlan(locale);
  const section = plan && findSection(plan, slug);
  if (!locale || !plan || !section) return {};
  return pageMetadata(locale, {
    title: sectionDocumentTitle(locale, section),
    description: section.description,
    path: (language) => routes.section(language, slug),
    published: plan.overview.published,
  });
}

export default async function Page({ params }: PageProps<"/[lang]/sections/[slug]">) {
  const { lang, slug } = await params;
  const locale = localeFromSegment(lang);
  if (!locale) notFound();
  return <SectionPage locale={locale} slug={slug} />;
}
