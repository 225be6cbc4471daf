import { notFound } from "next/navigation";
import { localeFromSegment, type Locale } from "./locales";

/**
 * The language of a page under app/[lang]/, from its `[lang]` segment; any other
 * segment is a 404. For server components, generateMetadata and layouts (it calls
 * notFound(), which is why it is not in the plain lib/i18n/locales.ts).
 */
export async function pageLocale(params: Promise<{ lang: string }>): Promise<Locale> {
  const locale = localeFromSegment((await params).lang);
  if (!locale) notFound();
  return locale;
}
