import { notFound } from "next/navigation";
import { ProjectsPage } from "@/components/pages/ProjectsPage";
import { localeFromSegment } from "@/lib/locales";
import { pageMetadata } from "@/lib/metadata";
import { getPlan } from "@/lib/plan";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[lang]/projects">) {
  const locale = localeFromSegment((await params).lang);
  if (!locale) return {};
  const { livelihoodProjects, overview } = getPlan(locale);
  return pageMetadata(locale, {
    title: livelihoodProjects.title,
    description: livelihoodProjects.description,
    path: (language) => routes.projects(language),
    published: overview.published,
  });
}

export default async function Page({ params }: PageProps<"/[lang]/projects">) {
  const locale = localeFromSegment((await params).lang);
  if (!locale) notFound();
  return <ProjectsPage locale={locale} />;
}
