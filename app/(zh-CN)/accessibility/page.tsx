import { AccessibilityStatementPage, accessibilityStatementMetadata } from "@/components/pages/AccessibilityStatementPage";

export const generateMetadata = () => accessibilityStatementMetadata("zh-CN");

export default function Page() {
  return <AccessibilityStatementPage locale="zh-CN" />;
}
