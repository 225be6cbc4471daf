import type { Metadata } from "next";
import { SiteLayout } from "@/components/SiteLayout";
import { SITE_ICONS } from "@/lib/seo/icon";
import { localeSegment, PREFIXED_LOCALES } from "@/lib/i18n/locales";
import { pageLocale } from "@/lib/i18n/page-locale";
import "../globals.css";

export const metadata: Metadata = { icons: SITE_ICONS };

/** Only the languages the site has: any other first segment is a 404, not a page. */
export const dynamicParams = false;

export function generateStaticParams() {
  return PREFIXED_LOCALES.map((locale) => ({ lang: localeSegment(locale) }));
}

/** The root layout of every language with a URL prefix (/zh-hk/, /en/): its own <html lang>. */
export default async function PrefixedLanguageLayout({ children, params }: LayoutProps<"/[lang]">) {
  return <SiteLayout locale={await pageLocale(params)}>{children}</SiteLayout>;
}
