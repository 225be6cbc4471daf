import { notFound } from "next/navigation";
import { AccessibilityStatementPage, accessibilityStatementMetadata } from "@/components/pages/AccessibilityStatementPage";
import { localeFromSegment } from "@/lib/locales";

export async function generateMetadata({ params }: PageProps<"/[lang]/accessibility">) {
  const locale = localeFromSegment((await params).lang);
  return locale ? accessibilityStatementMetadata(locale) : {};
}

export default async function Page({ params }: PageProps<"/[lang]/accessibility">) {
  const locale = localeFromSegment((await params).lang);
  if (!locale) notFound();
  return <AccessibilityStatementPage locale={locale} />;
}
