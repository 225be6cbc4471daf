import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A static export: every page is plain HTML that any static host can serve.
  output: "export",
  // Each page is a folder with index.html, so /sections/biomedicine/ works on nginx,
  // object storage and CDNs alike, with no rewrite rules.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  experimental: {
    // The site has one root layout per language, so the 404 page is defined once here.
    globalNotFound: true,
    // Inline the (small) stylesheet: the first paint needs no second request.
    inlineCss: true,
  },
};

export default nextConfig;
