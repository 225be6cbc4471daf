import { ProjectsPage } from "@/components/pages/ProjectsPage";
import { projectsMetadata } from "@/lib/seo/page-metadata";

export const generateMetadata = () => projectsMetadata("zh-CN");

export default function Page() {
  return <ProjectsPage locale="zh-CN" />;
}
