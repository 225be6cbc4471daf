import type { Locale } from "./locales";
import { getPlan } from "./plan";
import { routes } from "./routes";

/** Every content page of one language, as site paths: for the sitemap and the tests. */
export function contentPagePaths(locale: Locale): string[] {
  const plan = getPlan(locale);
  return [routes.home(locale), ...plan.sections.map((s) => routes.section(locale, s.slug)), routes.projects(locale)];
}
