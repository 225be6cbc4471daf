import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/locales";
import { pageMetadata } from "@/lib/metadata";
import { getPlan } from "@/lib/plan";
import { planLabel } from "@/lib/plan-counts";
import { routes } from "@/lib/routes";
import { KeyTargets } from "../features/KeyTargets";
import { PageTools } from "../features/PageTools";
import { StructuredData } from "../features/StructuredData";
import { keyTargetCards } from "@/lib/key-target-cards";
import { articleStructuredData } from "@/lib/structured-data";
import { langOf, UntranslatedNotice } from "../i18n/ContentLanguage";
import { ProjectList } from "../ProjectList";
import { Prose } from "../Prose";
import { PlanPublicationMeta } from "../PublicationMeta";
import { SectionList } from "../SectionList";
import { SitePage } from "../SitePage";

export function homeMetadata(locale: Locale): Metadata {
  const { overview } = getPlan(locale);
  return pageMetadata(locale, {
    title: overview.title,
    description: overview.description,
    path: (language) => routes.home(language),
    published: overview.published,
  });
}

/** The plan's front page: its title, introduction and main targets, then the way into every part. */
export function HomePage({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  const plan = getPlan(locale);
  const { overview, sections, livelihoodProjects } = plan;
  const path = routes.home(locale);
  const overviewLang = langOf(locale, overview);
  return (
    <SitePage locale={locale} path={routes.home(locale)}>
    <article className="page-article" data-pagefind-body="">
      <UntranslatedNotice locale={locale} text={overview} />
      <h1 lang={overviewLang}>
        {overview.title}
        <span className="page-article__note">{t("home.note", { note: overview.note })}</span>
      </h1>
      <PlanPublicationMeta locale={locale} overview={overview} />
      <Prose html={overview.html} lang={overviewLang} />
      <section aria-labelledby="sections">
        <h2 id="sections">{planLabel(locale, "home.sectionsHeading")}</h2>
        <SectionList locale={locale} sections={sections} />
      </section>
      <KeyTargets locale={locale} cards={keyTargetCards(locale, plan)} />
      <section aria-labelledby="livelihood-projects">
        <h2 id="livelihood-projects">{planLabel(locale, "home.projectsHeading")}</h2>
        <ProjectList locale={locale} projects={livelihoodProjects.projects} lang={langOf(locale, livelihoodProjects)} />
        <p>
          <a href={routes.projects(locale)}>{planLabel(locale, "home.projectsLink")}</a>
        </p>
      </section>
    </article>
    <PageTools locale={locale} path={path} />
    <StructuredData data={articleStructuredData(locale, { path, headline: overview.title, description: overview.description, published: overview.published }, { withSearch: true })} />
    </SitePage>
  );
}
