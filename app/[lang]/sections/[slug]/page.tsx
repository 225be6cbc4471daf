import { SectionPage } from "@/components/pages/SectionPage";
import { sectionMetadata } from "@/lib/seo/page-metadata";
import { sectionSlugs } from "@/lib/site-pages";
import { localeFromSegment } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamicParams = false;

export async function generateStaticParams({ params }: { params: { lang: string } }) {
  const locale = localeFromSegment(params.lang);
  return locale ? sectionSlugs(locale) : [];
}

export async function generateMetadata({ params }: PageProps<"/[lang]/sections/[slug]">) {
  return sectionMetadata(await pageLocale(params), (await params).slug);
}

export default async function Page({ params }: PageProps<"/[lang]/sections/[slug]">) {
  return <SectionPage locale={await pageLocale(params)} slug={(await params).slug} />;
}
