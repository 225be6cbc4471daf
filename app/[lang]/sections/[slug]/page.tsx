import { SectionPage, sectionMetadata, sectionSlugs } from "@/components/pages/SectionPage";
import { localeFromSegment } from "@/lib/locales";
import { pageLocale } from "@/lib/page-locale";

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
