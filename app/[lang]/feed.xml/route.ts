import { atomFeedResponse } from "@/lib/seo/feed";
import { localeFromSegment, localeSegment, PREFIXED_LOCALES } from "@/lib/i18n/locales";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return PREFIXED_LOCALES.map((locale) => ({ lang: localeSegment(locale) }));
}

/** /zh-hk/feed.xml, /en/feed.xml: the Atom feed of the plan's pages in that language. */
export async function GET(_request: Request, { params }: RouteContext<"/[lang]/feed.xml">) {
  const locale = localeFromSegment((await params).lang);
  if (!locale) return new Response("Not found", { status: 404 });
  return atomFeedResponse(locale);
}
