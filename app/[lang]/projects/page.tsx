import { ProjectsPage, projectsMetadata } from "@/components/pages/ProjectsPage";
import { pageLocale } from "@/lib/page-locale";

export async function generateMetadata({ params }: PageProps<"/[lang]/projects">) {
  return projectsMetadata(await pageLocale(params));
}

export default async function Page({ params }: PageProps<"/[lang]/projects">) {
  return <ProjectsPage locale={await pageLocale(params)} />;
}
