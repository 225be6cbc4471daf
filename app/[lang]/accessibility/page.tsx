import { AccessibilityStatementPage } from "@/components/pages/AccessibilityStatementPage";
import { accessibilityStatementMetadata } from "@/lib/seo/page-metadata";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[lang]/accessibility">) {
  return accessibilityStatementMetadata(await pageLocale(params));
}

export default async function Page({ params }: PageProps<"/[lang]/accessibility">) {
  return <AccessibilityStatementPage locale={await pageLocale(params)} />;
}
