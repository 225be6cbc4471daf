import { HomePage, homeMetadata } from "@/components/pages/HomePage";

export const generateMetadata = () => homeMetadata("zh-CN");

export default function Page() {
  return <HomePage locale="zh-CN" />;
}
