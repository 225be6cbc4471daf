import type { MetadataRoute } from "next";
import { absoluteUrl, SITE_PREVIEW } from "@/lib/seo/site-url";
import { SITE_FILES } from "@/lib/routes";

export const dynamic = "force-static";

/**
 * /robots.txt: the whole site may be read, and the sitemap says where everything is. A local
 * preview build (lib/seo/site-url.ts) keeps every crawler out, should its out/ ever be put online.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: SITE_PREVIEW ? { userAgent: "*", disallow: "/" } : { userAgent: "*", allow: "/" },
    sitemap: absoluteUrl(SITE_FILES.sitemap),
  };
}
