import { HELP_ENTRIES } from "@/lib/display-modes/modes";
import { SHORTCUTS, shortcutLabel } from "@/lib/display-modes/shortcuts";
import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { SITE_IDS } from "@/lib/site-ids";
import { HomeBreadcrumb } from "../Breadcrumb";
import { SitePage } from "../SitePage";

/** 帮助: what every display mode and toolbar button does, and every keyboard shortcut. */
export function AccessibilityHelpPage({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "modes");
  return (
    <SitePage locale={locale} path={routes.accessibilityHelp(locale)}>
      <HomeBreadcrumb locale={locale} current={t("help.title")} />
      <article className="page-article">
        <h1>{t("help.title")}</h1>
        <p>{t("help.intro")}</p>
        <section aria-labelledby={SITE_IDS.helpFeatures}>
          <h2 id={SITE_IDS.helpFeatures}>{t("help.featuresHeading")}</h2>
          <dl className="help-list">
            {/* Every feature, in the order the header and the toolbar show them, each named with the very string its control carries. */}
            {HELP_ENTRIES.map(([name, description]) => (
              <div key={description}>
                <dt>{t(name)}</dt>
                <dd>{t(`help.features.${description}`)}</dd>
              </div>
            ))}
          </dl>
          <p>{t("help.speechNote")}</p>
        </section>
        <section aria-labelledby={SITE_IDS.helpShortcuts}>
          <h2 id={SITE_IDS.helpShortcuts}>{t("help.shortcutsHeading")}</h2>
          <p>{t("help.shortcutsIntro")}</p>
          {/* A list, not a table: it reflows at 320px and 200% text without sideways scrolling. */}
          <dl className="help-list help-list--shortcuts">
            {SHORTCUTS.map((shortcut) => (
              <div key={shortcut.code}>
                <dt>
                  <kbd>{shortcutLabel(shortcut.key)}</kbd>
                </dt>
                <dd>{t(`help.actions.${shortcut.action}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby={SITE_IDS.helpOther}>
          <h2 id={SITE_IDS.helpOther}>{t("help.otherHeading")}</h2>
          <p>{t("help.screenReader")}</p>
          <p>{t("help.noScript")}</p>
        </section>
        <p>
          <a href={routes.accessibility(locale)}>{t("help.statementLink")}</a>
        </p>
      </article>
    </SitePage>
  );
}
