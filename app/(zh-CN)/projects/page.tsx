import { ProjectsPage } from "@/components/pages/ProjectsPage";
import { pageMetadata } from "@/lib/metadata";
import { getPlan } from "@/lib/plan";

export function generateMetadata() {
  const { livelihoodProjects } = getPlan("zh-CN");
  return pageMetadata("zh-CN", { title: livelihoodProjects.title, description: livelihoodProjects.description });
}

export default function Page() {
  return <ProjectsPage locale="zh-CN" />;
}
