import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteLayout } from "@/components/SiteLayout";
import { SITE_ICONS } from "@/lib/icon";
import { localeFromSegment, localeSegment, PREFIXED_LOCALES } from "@/lib/locales";
import "../globals.css";

export const metadata: Metadata = { icons: SITE_ICONS };

/** Only the languages the site has: any other first segment is a 404, not a page. */
export const dynamicParams = false;

export function generateStaticParams() {
  return PREFIXED_LOCALES.map((locale) => ({ lang: localeSegment(locale) }));
}

/** The root layout of every language with a URL prefix (/zh-hk/, /en/): its own <html lang>. */
export default async function PrefixedLanguageLayout({ children, params }: LayoutProps<"/[lang]">) {
  const locale = localeFromSegment((await params).lang);
  if (!locale) notFound();
  return <SiteLayout locale={locale}>{children}</SiteLayout>;
}
