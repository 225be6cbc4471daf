import { notFound } from "next/navigation";
import { AccessibilityHelpPage, accessibilityHelpMetadata } from "@/components/pages/AccessibilityHelpPage";
import { localeFromSegment } from "@/lib/locales";

export async function generateMetadata({ params }: PageProps<"/[lang]/accessibility/help">) {
  const locale = localeFromSegment((await params).lang);
  return locale ? accessibilityHelpMetadata(locale) : {};
}

export default async function Page({ params }: PageProps<"/[lang]/accessibility/help">) {
  const locale = localeFromSegment((await params).lang);
  if (!locale) notFound();
  return <AccessibilityHelpPage locale={locale} />;
}
