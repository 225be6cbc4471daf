import type { LivelihoodProject } from "@/lib/content";
import { formatNumber } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { projectAnchor } from "@/lib/site-ids";

/** The ten livelihood projects as a numbered list of links to their entries. */
export function ProjectList({ locale, projects, lang }: { locale: Locale; projects: LivelihoodProject[]; lang?: string }) {
  const t = getTranslator(locale);
  return (
    <ol className="link-list link-list--numbered" lang={lang}>
      {projects.map((project) => (
        <li key={project.number} lang={project.lang}>
          <a href={routes.projects(locale, projectAnchor(project.number))}>
            {t("projects.number", { number: formatNumber(locale, project.number) })}
            {project.title}
          </a>
        </li>
      ))}
    </ol>
  );
}
