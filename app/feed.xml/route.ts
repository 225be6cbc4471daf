import { atomFeedResponse } from "@/lib/seo/feed";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

export const dynamic = "force-static";

/** /feed.xml: an Atom feed of the plan's pages in the default language. */
export function GET() {
  return atomFeedResponse(DEFAULT_LOCALE);
}
