import { DEFAULT_LOCALE, localeFromSegment, localePrefix, type Locale } from "./i18n/locales";
import { SITE_IDS } from "./site-ids";

/**
 * Every kind of page the site has, by its address in the default language (the other
 * languages put their prefix in front: lib/i18n/locales.ts). Pages, links, the content
 * check, the sitemap and the tests all take addresses from here.
 *
 * `content`: the page shows the plan, so it is in the sitemap, the feeds and the search
 * index, and content links to it are checked anchor by anchor. The others are the site's
 * own pages: content may link to them, and the tests visit them.
 */
export const PAGE_KINDS = {
  home: { path: () => "/", content: true },
  section: { path: (slug: string) => `/sections/${slug}/`, content: true },
  projects: { path: () => "/projects/", content: true },
  search: { path: () => "/search/", content: false },
  accessibility: { path: () => "/accessibility/", content: false },
  accessibilityHelp: { path: () => "/accessibility/help/", content: false },
} as const;

export type PageKind = keyof typeof PAGE_KINDS;

/** Files the site writes at build time, by their address in the default language. */
export const SITE_FILES = { feed: "/feed.xml", sitemap: "/sitemap.xml" } as const;

const withAnchor = (path: string, anchor?: string) => (anchor ? `${path}#${anchor}` : path);
const at = (locale: Locale, path: string) => `${localePrefix(locale)}${path}`;

/** Every address of the site is built here, so pages, links and checks agree. */
export const routes = {
  home: (locale: Locale, anchor?: string) => withAnchor(at(locale, PAGE_KINDS.home.path()), anchor),
  /** The plan's table of contents: the list of sections on the home page. */
  contents: (locale: Locale) => withAnchor(at(locale, PAGE_KINDS.home.path()), SITE_IDS.sections),
  section: (locale: Locale, slug: string, anchor?: string) => withAnchor(at(locale, PAGE_KINDS.section.path(slug)), anchor),
  projects: (locale: Locale, anchor?: string) => withAnchor(at(locale, PAGE_KINDS.projects.path()), anchor),
  search: (locale: Locale) => at(locale, PAGE_KINDS.search.path()),
  accessibility: (locale: Locale) => at(locale, PAGE_KINDS.accessibility.path()),
  accessibilityHelp: (locale: Locale) => at(locale, PAGE_KINDS.accessibilityHelp.path()),
  feed: (locale: Locale) => at(locale, SITE_FILES.feed),
};

/** The site's own pages (not content) in one language: search, the accessibility statement and its help. */
export function sitePagePaths(locale: Locale): string[] {
  return (Object.keys(PAGE_KINDS) as PageKind[])
    .filter((kind) => !PAGE_KINDS[kind].content)
    .map((kind) => at(locale, (PAGE_KINDS[kind].path as () => string)()));
}

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
