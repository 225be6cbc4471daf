import { ProjectsPage } from "@/components/pages/ProjectsPage";
import { projectsMetadata } from "@/lib/seo/page-metadata";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[lang]/projects">) {
  return projectsMetadata(await pageLocale(params));
}

export default async function Page({ params }: PageProps<"/[lang]/projects">) {
  return <ProjectsPage locale={await pageLocale(params)} />;
}
