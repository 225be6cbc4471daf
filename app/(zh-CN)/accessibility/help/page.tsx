import { AccessibilityHelpPage } from "@/components/pages/AccessibilityHelpPage";
import { accessibilityHelpMetadata } from "@/lib/seo/page-metadata";

export const generateMetadata = () => accessibilityHelpMetadata("zh-CN");

export default function Page() {
  return <AccessibilityHelpPage locale="zh-CN" />;
}
