import { findSection } from "@/lib/content";
import { formatNumber } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { getPlan } from "@/lib/content/plan";
import { routes } from "@/lib/routes";
import { projectAnchor } from "@/lib/site-ids";
import { PlanBreadcrumb } from "../Breadcrumb";
import { langOf } from "@/lib/i18n/content-language";
import { UntranslatedNotice } from "../UntranslatedNotice";
import { PlanPublicationMeta } from "../PublicationMeta";
import { sectionDocumentTitle } from "@/lib/i18n/section-title";
import { PageTools } from "../page-tools/PageTools";
import { StructuredData } from "../StructuredData";
import { articleStructuredData } from "@/lib/seo/structured-data";
import { SitePage } from "../SitePage";

/** 十件民生实事: each project with its number, title and the plan paragraphs that carry it. */
export function ProjectsPage({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  const plan = getPlan(locale);
  const { title, description, projects } = plan.livelihoodProjects;
  const lang = langOf(locale, plan.livelihoodProjects);
  return (
    <SitePage locale={locale} path={routes.projects(locale)}>
      <PlanBreadcrumb locale={locale} current={title} currentLang={lang} />
      <article className="page-article" data-pagefind-body="">
        <UntranslatedNotice locale={locale} text={plan.livelihoodProjects} />
        <h1 lang={lang}>{title}</h1>
        <PlanPublicationMeta locale={locale} overview={plan.overview} />
        <ol className="project-list">
          {projects.map((project) => (
            <li key={project.number} id={projectAnchor(project.number)} className="project-card">
              {project.lang && <UntranslatedNotice locale={locale} text={{ lang: project.lang }} />}
              <h2 lang={project.lang ?? lang}>
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
                      <a href={routes.section(locale, section.slug, reference.anchor)} lang={langOf(locale, section)}>
                        {heading
                          ? t("projects.relatedTo", { section: sectionTitle, heading: heading.text })
                          : t("projects.sectionOnly", { section: sectionTitle })}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      </article>
      <PageTools locale={locale} path={routes.projects(locale)} />
      <StructuredData
        data={articleStructuredData(locale, { path: routes.projects(locale), headline: title, description, published: plan.overview.published })}
      />
    </SitePage>
  );
}
