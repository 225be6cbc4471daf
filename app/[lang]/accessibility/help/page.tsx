import { AccessibilityHelpPage } from "@/components/pages/AccessibilityHelpPage";
import { accessibilityHelpMetadata } from "@/lib/seo/page-metadata";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[lang]/accessibility/help">) {
  return accessibilityHelpMetadata(await pageLocale(params));
}

export default async function Page({ params }: PageProps<"/[lang]/accessibility/help">) {
  return <AccessibilityHelpPage locale={await pageLocale(params)} />;
}
