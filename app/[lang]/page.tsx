import { notFound } from "next/navigation";
import { HomePage } from "@/components/pages/HomePage";
import { localeFromSegment } from "@/lib/locales";
import { pageMetadata } from "@/lib/metadata";
import { getPlan } from "@/lib/plan";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[lang]">) {
  const locale = localeFromSegment((await params).lang);
  if (!locale) return {};
  const { overview } = getPlan(locale);
  return pageMetadata(locale, {
    title: overview.title,
    description: overview.description,
    path: (language) => routes.home(language),
    published: overview.published,
  });
}

export default async function Page({ params }: PageProps<"/[lang]">) {
  const locale = localeFromSegment((await params).lang);
  if (!locale) notFound();
  return <HomePage locale={locale} />;
}
