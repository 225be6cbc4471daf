import { AccessibilityStatementPage, accessibilityStatementMetadata } from "@/components/pages/AccessibilityStatementPage";
import { pageLocale } from "@/lib/page-locale";

export async function generateMetadata({ params }: PageProps<"/[lang]/accessibility">) {
  return accessibilityStatementMetadata(await pageLocale(params));
}

export default async function Page({ params }: PageProps<"/[lang]/accessibility">) {
  return <AccessibilityStatementPage locale={await pageLocale(params)} />;
}
