import { HomePage } from "@/components/pages/HomePage";
import { homeMetadata } from "@/lib/seo/page-metadata";

export const generateMetadata = () => homeMetadata("zh-CN");

export default function Page() {
  return <HomePage locale="zh-CN" />;
}
