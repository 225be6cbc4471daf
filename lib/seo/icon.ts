import fs from "node:fs";
import path from "node:path";
import type { Metadata } from "next";

/** The site's icon, served at /icon.svg for the web manifest (app/manifest.ts). */
export const ICON_PATH = "/icon.svg";

const svg = fs.readFileSync(path.join(process.cwd(), "public", "icon.svg"), "utf8").trim();

/**
 * The favicon, written into each page as a data: URL: the browser draws it without a
 * request of its own, which would otherwise compete with the page for the first round
 * trips on a slow connection. (CSP img-src allows data:.)
 */
export const SITE_ICON_URL = `data:image/svg+xml,${encodeURIComponent(svg)}`;

export const SITE_ICONS: Metadata["icons"] = { icon: [{ url: SITE_ICON_URL, type: "image/svg+xml" }] };
