import { ProjectsPage } from "@/components/pages/ProjectsPage";
import { pageMetadata } from "@/lib/metadata";
import { getPlan } from "@/lib/plan";
import { routes } from "@/lib/routes";

export function generateMetadata() {
  const { livelihoodProjects, overview } = getPlan("zh-CN");
  return pageMetadata("zh-CN", {
    title: livelihoodProjects.title,
    description: livelihoodProjects.description,
    path: (language) => routes.projects(language),
    published: overview.published,
  });
}

export default function Page() {
  return <ProjectsPage locale="zh-CN" />;
}
