import { getPlan } from "./content/plan";
import type { Locale } from "./i18n/locales";
import { routes, sitePagePaths } from "./routes";

/** The slugs of a language's sections: the static params of its section pages. */
export function sectionSlugs(locale: Locale): { slug: string }[] {
  return getPlan(locale).sections.map((section) => ({ slug: section.slug }));
}

/** Every content page of one language, as site paths, in reading order: for the sitemap, the feeds and the tests. */
export function contentPagePaths(locale: Locale): string[] {
  const plan = getPlan(locale);
  return [routes.home(locale), ...plan.sections.map((s) => routes.section(locale, s.slug)), routes.projects(locale)];
}

/** Every page of one language: the content pages, then the site's own (search, accessibility). */
export function pagePaths(locale: Locale): string[] {
  return [...contentPagePaths(locale), ...sitePagePaths(locale)];
}
