import { HomePage } from "@/components/pages/HomePage";
import { pageMetadata } from "@/lib/metadata";
import { getPlan } from "@/lib/plan";

export function generateMetadata() {
  const { overview } = getPlan("zh-CN");
  return pageMetadata("zh-CN", { title: overview.title, description: overview.description });
}

export default function Page() {
  return <HomePage locale="zh-CN" />;
}
