import { notFound } from "next/navigation";
import { SearchPage, searchPageMetadata } from "@/components/pages/SearchPage";
import { localeFromSegment } from "@/lib/locales";

export async function generateMetadata({ params }: PageProps<"/[lang]/search">) {
  const locale = localeFromSegment((await params).lang);
  return locale ? searchPageMetadata(locale) : {};
}

export default async function Page({ params }: PageProps<"/[lang]/search">) {
  const locale = localeFromSegment((await params).lang);
  if (!locale) notFound();
  return <SearchPage locale={locale} />;
}
