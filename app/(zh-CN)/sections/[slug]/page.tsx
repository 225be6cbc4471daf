import { SectionPage } from "@/components/pages/SectionPage";
import { sectionMetadata } from "@/lib/seo/page-metadata";
import { sectionSlugs } from "@/lib/site-pages";

export const dynamicParams = false;

export const generateStaticParams = () => sectionSlugs("zh-CN");

export async function generateMetadata({ params }: PageProps<"/sections/[slug]">) {
  return sectionMetadata("zh-CN", (await params).slug);
}

export default async function Page({ params }: PageProps<"/sections/[slug]">) {
  return <SectionPage locale="zh-CN" slug={(await params).slug} />;
}
