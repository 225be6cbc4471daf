import { AccessibilityHelpPage, accessibilityHelpMetadata } from "@/components/pages/AccessibilityHelpPage";
import { pageLocale } from "@/lib/page-locale";

export async function generateMetadata({ params }: PageProps<"/[lang]/accessibility/help">) {
  return accessibilityHelpMetadata(await pageLocale(params));
}

export default async function Page({ params }: PageProps<"/[lang]/accessibility/help">) {
  return <AccessibilityHelpPage locale={await pageLocale(params)} />;
}
