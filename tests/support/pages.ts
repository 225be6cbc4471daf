import { getPlan } from "@/lib/content/plan";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { contentPagePaths, pagePaths } from "@/lib/site-pages";

/*
 * The pages the tests visit, from the same loader and table of page kinds the site is
 * built from (lib/site-pages.ts, lib/routes.ts): a section added to content/, or a page
 * kind added to lib/routes.ts, is tested without touching a test. quality.spec.ts checks
 * that the export holds exactly these pages.
 */

/** Every page of one language: the content pages in reading order, then search and the accessibility pages. */
export const pagesOf = (locale: Locale): string[] => pagePaths(locale);

/** Every page of every language. */
export const ALL_PAGES: string[] = LOCALES.flatMap(pagesOf);

/** The content pages (home, each section, projects) of every language. */
export const CONTENT_PAGES: { locale: Locale; path: string }[] = LOCALES.flatMap((locale) => contentPagePaths(locale).map((path) => ({ locale, path })));

/** The section pages of one language. */
export const sectionPages = (locale: Locale = DEFAULT_LOCALE): string[] => getPlan(locale).sections.map((section) => routes.section(locale, section.slug));

/** An address no page has: the not-found page answers it. */
export const MISSING_PAGE = "/no-such-page/";
