import { sectionDocumentTitle } from "@/components/SectionTitle";
import { SectionPage } from "@/components/pages/SectionPage";
import { findSection } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { getPlan } from "@/lib/plan";
import { routes } from "@/lib/routes";

export const dynamicParams = false;

export function generateStaticParams() {
  return getPlan("zh-CN").sections.map((section) => ({ slug: section.slug }));
}

export async function generateMetadata({ params }: PageProps<"/sections/[slug]">) {
  const { slug } = await params;
  const plan = getPlan("zh-CN");
  const section = findSection(plan, slug);
  if (!section) return {};
  return pageMetadata("zh-CN", {
    title: sectionDocumentTitle("zh-CN", section),
    description: section.description,
    path: (language) => routes.section(language, slug),
    published: plan.overview.published,
  });
}

export default async function Page({ params }: PageProps<"/sections/[slug]">) {
  const { slug } = await params;
  return <SectionPage locale="zh-CN" slug={slug} />;
}
