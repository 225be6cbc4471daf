import { getTranslator } from "@/lib/i18n/translate";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/seo/site-url";
import { CONTENT_PAGES } from "../support/pages";

/** The content pages the tests visit: every page of the plan, in every language. */
export const contentPages = CONTENT_PAGES;

export { absoluteUrl, LOCALES, routes };

/** What a page of the given language says: its common and features strings. */
export function strings(locale: Locale) {
  return { t: getTranslator(locale), f: getTranslator(locale, "features") };
}

/**
 * The accessibility rules the site is held to, for every axe run of the tests: WCAG 2.2
 * A and AA, and axe's best practices; no rule is disabled.
 */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];
