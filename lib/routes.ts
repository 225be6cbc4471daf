import { localePrefix, type Locale } from "./locales";

/** Every address of the site is built here, so pages, links and checks agree. */
export const routes = {
  home: (locale: Locale) => `${localePrefix(locale)}/`,
  section: (locale: Locale, slug: string, anchor?: string) =>
    `${localePrefix(locale)}/sections/${slug}/${anchor ? `#${anchor}` : ""}`,
  projects: (locale: Locale, anchor?: string) => `${localePrefix(locale)}/projects/${anchor ? `#${anchor}` : ""}`,
  accessibility: (locale: Locale) => `${localePrefix(locale)}/accessibility/`,
  accessibilityHelp: (locale: Locale) => `${localePrefix(locale)}/accessibility/help/`,
};

/** The anchor of a livelihood project on the projects page. */
export const projectAnchor = (number: number) => `project-${number}`;
