import { ProjectsPage, projectsMetadata } from "@/components/pages/ProjectsPage";

export const generateMetadata = () => projectsMetadata("zh-CN");

export default function Page() {
  return <ProjectsPage locale="zh-CN" />;
}
