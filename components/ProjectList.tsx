import type { LivelihoodProject } from "@/lib/content";
import { getTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/locales";
import { projectAnchor, routes } from "@/lib/routes";

/** The ten livelihood projects as a numbered list of links to their entries. */
export function ProjectList({ locale, projects }: { locale: Locale; projects: LivelihoodProject[] }) {
  const t = getTranslator(locale);
  return (
    <ol className="link-list link-list--numbered">
      {projects.map((project) => (
        <li key={project.number}>
          <a href={routes.projects(locale, projectAnchor(project.number))}>
            {t("projects.number", { number: project.number })}
            {project.title}
          </a>
        </li>
      ))}
    </ol>
  );
}
