import { LOCALES, type Locale } from "./locales";
import { getPlan } from "./plan";
import { routes } from "./routes";

/** Every content page of one language, as site paths: for the sitemap, feeds and checks. */
export function contentPagePaths(locale: Locale): string[] {
  const plan = getPlan(locale);
  return [routes.home(locale), ...plan.sections.map((s) => routes.section(locale, s.slug)), routes.projects(locale)];
}

/** Every content page of every language. */
export function allContentPagePaths(): string[] {
  return LOCALES.flatMap((locale) => contentPagePaths(locale));
}
