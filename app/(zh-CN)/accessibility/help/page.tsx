import { AccessibilityHelpPage, accessibilityHelpMetadata } from "@/components/pages/AccessibilityHelpPage";

export const generateMetadata = () => accessibilityHelpMetadata("zh-CN");

export default function Page() {
  return <AccessibilityHelpPage locale="zh-CN" />;
}
