import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { statementHeadingId } from "@/lib/site-ids";
import { HomeBreadcrumb } from "../Breadcrumb";
import { SitePage } from "../SitePage";

interface StatementSection {
  heading: string;
  items: string[];
}

/** 无障碍声明: the standard followed, how the site is tested, known limits, how to report a problem. */
export function AccessibilityStatementPage({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "modes");
  const sections = t("statement.sections", { returnObjects: true }) as unknown as StatementSection[];
  return (
    <SitePage locale={locale} path={routes.accessibility(locale)}>
      <HomeBreadcrumb locale={locale} current={t("statement.title")} />
      <article className="page-article">
        <h1>{t("statement.title")}</h1>
        <p>{t("statement.intro")}</p>
        {sections.map((section, index) => (
          <section key={section.heading} aria-labelledby={statementHeadingId(index + 1)}>
            <h2 id={statementHeadingId(index + 1)}>{section.heading}</h2>
            {section.items.length === 1 ? (
              <p>{section.items[0]}</p>
            ) : (
              <ul>
                {section.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </section>
        ))}
        <p>
          <a href={routes.accessibilityHelp(locale)}>{t("statement.helpLink")}</a>
        </p>
      </article>
    </SitePage>
  );
}
