import type { MetadataRoute } from "next";
import { getTranslator } from "@/lib/i18n/translate";
import { ICON_PATH } from "@/lib/seo/icon";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { planLabel } from "@/lib/i18n/plan-counts";
import { routes } from "@/lib/routes";

export const dynamic = "force-static";

/** /manifest.webmanifest: the name and icon a phone uses when the page is added to the home screen. */
export default function manifest(): MetadataRoute.Manifest {
  const f = getTranslator(DEFAULT_LOCALE, "features");
  return {
    name: f("manifest.name"),
    short_name: f("manifest.shortName"),
    description: planLabel(DEFAULT_LOCALE, "manifest.description", "features"),
    lang: DEFAULT_LOCALE,
    start_url: routes.home(DEFAULT_LOCALE),
    scope: "/",
    // A government information site opens in the browser, with its address bar and Back button.
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#8a1c1c",
    icons: [{ src: ICON_PATH, sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
}
