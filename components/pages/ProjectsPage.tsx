import Link from "next/link";
import { findSection } from "@/lib/content";
import { formatNumber } from "@/lib/format";
import { getTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/locales";
import { getPlan } from "@/lib/plan";
import { projectAnchor, routes } from "@/lib/routes";
import { Breadcrumb } from "../Breadcrumb";
import { langOf, UntranslatedNotice } from "../i18n/ContentLanguage";
import { PublicationMeta } from "../PublicationMeta";
import { sectionDocumentTitle } from "../SectionTitle";

/** 十件民生实事: each project with its number, title and the plan paragraphs that carry it. */
export function ProjectsPage({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  const plan = getPlan(locale);
  const { title, projects } = plan.livelihoodProjects;
  const lang = langOf(locale, plan.livelihoodProjects);
  return (
    <>
      <Breadcrumb
        locale={locale}
        trail={[
          { label: t("breadcrumb.home"), href: routes.home(locale) },
          { label: plan.overview.title, href: `${routes.home(locale)}#sections`, lang: langOf(locale, plan.overview) },
          { label: title, lang },
        ]}
      />
      <article className="page-article">
        <UntranslatedNotice locale={locale} text={plan.livelihoodProjects} />
        <h1 lang={lang}>{title}</h1>
        <PublicationMeta
          locale={locale}
          source={plan.overview.source}
          published={plan.overview.published}
          sourceLang={langOf(locale, plan.overview)}
        />
        <ol className="project-list">
          {projects.map((project) => (
            <li key={project.number} id={projectAnchor(project.number)} className="project-card">
              <h2 lang={lang}>
                <span className="project-card__number">{t("projects.number", { number: formatNumber(locale, project.number) })}</span>
                {project.title}
              </h2>
              <p className="project-card__related-label">{t("projects.relatedLabel")}</p>
              <ul>
                {project.related.map((reference) => {
                  const section = findSection(plan, reference.section);
                  if (!section) return null;
                  const heading = section.headings.find((h) => h.id === reference.anchor);
                  const sectionTitle = sectionDocumentTitle(locale, section);
                  return (
                    <li key={`${reference.section}#${reference.anchor ?? ""}`}>
                      <Link href={routes.section(locale, section.slug, reference.anchor)} lang={langOf(locale, section)}>
                        {heading
                          ? t("projects.relatedTo", { section: sectionTitle, heading: heading.text })
                          : t("projects.sectionOnly", { section: sectionTitle })}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      </article>
    </>
  );
}
