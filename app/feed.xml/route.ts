import { atomFeedResponse } from "@/lib/feed";
import { DEFAULT_LOCALE } from "@/lib/locales";

export const dynamic = "force-static";

/** /feed.xml: an Atom feed of the plan's pages in the default language. */
export function GET() {
  return atomFeedResponse(DEFAULT_LOCALE);
}
