import type { LivelihoodProjects, Overview, Plan, Section } from "./content";
import type { ContentHeading } from "./markdown";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { localizePath } from "./routes";
import { toTraditional, transformHtml } from "./traditional";

/**
 * The plan as loaded (lib/content.ts) made ready for the pages of one language:
 * - on 繁體中文 pages, every text still in Simplified characters (all of it, unless a
 *   hand-written file in content/zh-HK replaced a file) is converted to Traditional;
 * - links that staff wrote as site paths (`/sections/tourism/`) stay in the page's language.
 * Anchors, slugs, numbers and every other address are left exactly as they are.
 */
export function localizePlan(locale: Locale, plan: Plan): Plan {
  if (locale === DEFAULT_LOCALE) return plan;
  const toScript = locale === "zh-HK" ? toTraditional : undefined;
  const href = (value: string) => localizePath(locale, value);

  const piece = <T extends { lang: string; html?: string; headings?: ContentHeading[]; paragraphs?: string[] }>(
    value: T,
    texts: (convert: (text: string) => string) => Partial<T>,
  ): T => {
    const converting = toScript && value.lang === DEFAULT_LOCALE ? toScript : undefined;
    const html = value.html === undefined ? {} : { html: transformHtml(value.html, { text: converting, href }) };
    if (!converting) return { ...value, ...html };
    return {
      ...value,
      ...texts(converting),
      ...html,
      ...(value.headings ? { headings: value.headings.map((h) => ({ ...h, text: converting(h.text) })) } : {}),
      ...(value.paragraphs ? { paragraphs: value.paragraphs.map(converting) } : {}),
      lang: locale,
    };
  };

  const overview = piece<Overview>(plan.overview, (c) => ({
    title: c(plan.overview.title),
    note: c(plan.overview.note),
    source: c(plan.overview.source),
    description: c(plan.overview.description),
    ...(plan.overview.targets
      ? { targets: plan.overview.targets.map((target) => ({ ...target, label: c(target.label), unit: c(target.unit), quote: c(target.quote) })) }
      : {}),
  }));
  const sections = plan.sections.map((section) =>
    piece<Section>(section, (c) => ({ title: c(section.title), description: c(section.description) })),
  );
  const projects = plan.livelihoodProjects;
  const livelihoodProjects = piece<LivelihoodProjects>(projects, (c) => ({
    title: c(projects.title),
    description: c(projects.description),
    projects: projects.projects.map((project) => ({ ...project, title: c(project.title) })),
  }));
  return { overview, sections, livelihoodProjects };
}
