/**
 * The site's public address, used wherever a full URL is needed (canonical links,
 * hreflang, sitemap, feed, QR codes). Set SITE_URL when building for production,
 * e.g. SITE_URL=https://www.example.gov.cn npm run build. No trailing slash.
 */
export const SITE_URL = (process.env.SITE_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");

/** The full URL of a site path such as /sections/biomedicine/. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
