import { DEFAULT_LOCALE, localeFromSegment, localePrefix, type Locale } from "./locales";

/** Every address of the site is built here, so pages, links and checks agree. */
export const routes = {
  home: (locale: Locale) => `${localePrefix(locale)}/`,
  section: (locale: Locale, slug: string, anchor?: string) =>
    `${localePrefix(locale)}/sections/${slug}/${anchor ? `#${anchor}` : ""}`,
  projects: (locale: Locale, anchor?: string) => `${localePrefix(locale)}/projects/${anchor ? `#${anchor}` : ""}`,
  search: (locale: Locale) => `${localePrefix(locale)}/search/`,
  feed: (locale: Locale) => `${localePrefix(locale)}/feed.xml`,
  accessibility: (locale: Locale) => `${localePrefix(locale)}/accessibility/`,
  accessibilityHelp: (locale: Locale) => `${localePrefix(locale)}/accessibility/help/`,
};

/** The anchor of a livelihood project on the projects page. */
export const projectAnchor = (number: number) => `project-${number}`;

/** A site path as staff write it in content (`/sections/tourism/#homestays`), on a page of the given language. */
export function localizePath(locale: Locale, path: string): string {
  return path.startsWith("/") && !path.startsWith("//") ? `${localePrefix(locale)}${path}` : path;
}

/** The language of a site path, read from its first segment. */
export function localeOfPath(pathname: string): Locale {
  return localeFromSegment(pathname.split("/")[1] ?? "") ?? DEFAULT_LOCALE;
}

/**
 * The same page in another language: every language has the same pages under its own
 * prefix, so only the prefix changes. `/en/sections/tourism` → `/zh-hk/sections/tourism/`.
 */
export function samePageIn(target: Locale, pathname: string): string {
  const from = localeOfPath(pathname);
  const rest = pathname.slice(localePrefix(from).length).replace(/^\/*/, "/");
  const withSlash = rest.endsWith("/") ? rest : `${rest}/`;
  return localizePath(target, withSlash);
}
