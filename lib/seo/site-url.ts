/**
 * The site's public address, used wherever a full URL is needed (canonical links,
 * hreflang, Open Graph, sitemap, robots.txt, the feeds, the printed "本页网址" and the QR
 * codes). It is one setting, SITE_URL, read when the site is built:
 *
 *   SITE_URL=https://www.example.gov.cn npm run build    a build for publication
 *   npm run serve / npm run build:preview / npm test       a local preview (SITE_PREVIEW=1)
 *
 * A build for publication without SITE_URL is refused (scripts/check-site-address.ts
 * says so before anything is built), so no export meant for the public can carry the
 * address of the machine it was built on. A preview build uses PREVIEW_SITE_URL unless
 * SITE_URL is given, and asks search engines not to crawl it (app/robots.ts).
 */

import { siteAddressFrom } from "./site-address";

const address = siteAddressFrom(process.env);

/** The site's origin, e.g. https://www.example.gov.cn (no final slash). */
export const SITE_URL = address.url;

/** True for a local preview build (npm run serve, npm test, npm run dev). */
export const SITE_PREVIEW = address.preview;

/** The full URL of a site path such as /sections/biomedicine/. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
