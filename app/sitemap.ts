import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/seo/sitemap";

export const dynamic = "force-static";

/** /sitemap.xml: every content page of every language, with its translations. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries();
}
