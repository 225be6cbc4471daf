import { HomePage } from "@/components/pages/HomePage";
import { pageMetadata } from "@/lib/metadata";
import { getPlan } from "@/lib/plan";
import { routes } from "@/lib/routes";

export function generateMetadata() {
  const { overview } = getPlan("zh-CN");
  return pageMetadata("zh-CN", {
    title: overview.title,
    description: overview.description,
    path: (language) => routes.home(language),
    published: overview.published,
  });
}

export default function Page() {
  return <HomePage locale="zh-CN" />;
}
