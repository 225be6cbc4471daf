import type { Metadata } from "next";
import { findSection } from "../content";
import { getPlan } from "../content/plan";
import type { Locale } from "../i18n/locales";
import { sectionDocumentTitle } from "../i18n/section-title";
import { getTranslator } from "../i18n/translate";
import { routes } from "../routes";
import { pageMetadata } from "./metadata";

/*
 * The <title>, description, canonical address and languages of each kind of page, for
 * the route files of every language (generateMetadata).
 */

export function homeMetadata(locale: Locale): Metadata {
  const { overview } = getPlan(locale);
  return pageMetadata(locale, {
    title: overview.title,
    description: overview.description,
    path: (language) => routes.home(language),
    published: overview.published,
  });
}

export function sectionMetadata(locale: Locale, slug: string): Metadata {
  const plan = getPlan(locale);
  const section = findSection(plan, slug);
  if (!section) return {};
  return pageMetadata(locale, {
    title: sectionDocumentTitle(locale, section),
    description: section.description,
    path: (language) => routes.section(language, slug),
    published: plan.overview.published,
  });
}

export function projectsMetadata(locale: Locale): Metadata {
  const { livelihoodProjects, overview } = getPlan(locale);
  return pageMetadata(locale, {
    title: livelihoodProjects.title,
    description: livelihoodProjects.description,
    path: (language) => routes.projects(language),
    published: overview.published,
  });
}

/** The search page is a tool, not content: search engines may follow it but not list it. */
export function searchPageMetadata(locale: Locale): Metadata {
  const f = getTranslator(locale, "features");
  return {
    ...pageMetadata(locale, { title: f("search.title"), description: f("search.description"), path: (language) => routes.search(language) }),
    robots: { index: false, follow: true },
  };
}

export function accessibilityStatementMetadata(locale: Locale): Metadata {
  const t = getTranslator(locale, "modes");
  return pageMetadata(locale, {
    title: t("statement.title"),
    description: t("statement.description"),
    path: (language) => routes.accessibility(language),
  });
}

export function accessibilityHelpMetadata(locale: Locale): Metadata {
  const t = getTranslator(locale, "modes");
  return pageMetadata(locale, {
    title: t("help.title"),
    description: t("help.description"),
    path: (language) => routes.accessibilityHelp(language),
  });
}
