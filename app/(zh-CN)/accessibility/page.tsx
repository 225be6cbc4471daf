import { AccessibilityStatementPage } from "@/components/pages/AccessibilityStatementPage";
import { accessibilityStatementMetadata } from "@/lib/seo/page-metadata";

export const generateMetadata = () => accessibilityStatementMetadata("zh-CN");

export default function Page() {
  return <AccessibilityStatementPage locale="zh-CN" />;
}
