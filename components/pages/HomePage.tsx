import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { getPlan } from "@/lib/content/plan";
import { planLabel } from "@/lib/i18n/plan-counts";
import { routes } from "@/lib/routes";
import { SITE_IDS } from "@/lib/site-ids";
import { KeyTargets } from "../key-targets/KeyTargets";
import { PageTools } from "../page-tools/PageTools";
import { StructuredData } from "../StructuredData";
import { keyTargetCards } from "@/lib/content/key-target-cards";
import { articleStructuredData } from "@/lib/seo/structured-data";
import { langOf } from "@/lib/i18n/content-language";
import { UntranslatedNotice } from "../UntranslatedNotice";
import { ProjectList } from "../ProjectList";
import { Prose } from "../Prose";
import { PlanPublicationMeta } from "../PublicationMeta";
import { SectionList } from "../SectionList";
import { SitePage } from "../SitePage";

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
        <section aria-labelledby={SITE_IDS.sections}>
          <h2 id={SITE_IDS.sections}>{planLabel(locale, "home.sectionsHeading")}</h2>
          <SectionList locale={locale} sections={sections} />
        </section>
        <KeyTargets locale={locale} cards={keyTargetCards(locale, plan)} />
        <section aria-labelledby={SITE_IDS.livelihoodProjects}>
          <h2 id={SITE_IDS.livelihoodProjects}>{planLabel(locale, "home.projectsHeading")}</h2>
          <ProjectList locale={locale} projects={livelihoodProjects.projects} lang={langOf(locale, livelihoodProjects)} />
          <p>
            <a href={routes.projects(locale)}>{planLabel(locale, "home.projectsLink")}</a>
          </p>
        </section>
      </article>
      <PageTools locale={locale} path={path} />
      <StructuredData
        data={articleStructuredData(
          locale,
          { path, headline: overview.title, description: overview.description, published: overview.published },
          { withSearch: true },
        )}
      />
    </SitePage>
  );
}
