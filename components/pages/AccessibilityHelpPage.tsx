import { SHORTCUTS, shortcutLabel } from "@/lib/display-modes/shortcuts";
import { getTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/locales";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { HomeBreadcrumb } from "../Breadcrumb";
import { SitePage } from "../SitePage";

/**
 * Every feature, in the order the header and the toolbar show them. Each is named with
 * the very string its button carries, so the help never drifts from the controls.
 */
const FEATURES = [
  { name: "header.elder", description: "elder" },
  { name: "header.toolbar", description: "toolbar" },
  { name: "toolbar.schemeGroup", description: "schemeGroup" },
  { name: "toolbar.textGroup", description: "textGroup" },
  { name: "toolbar.line-spacing", description: "line-spacing" },
  { name: "toolbar.cursor", description: "cursor" },
  { name: "toolbar.guides", description: "guides" },
  { name: "toolbar.caption-bar", description: "caption-bar" },
  { name: "toolbar.text-only", description: "text-only" },
  { name: "toolbar.pointRead", description: "pointRead" },
  { name: "toolbar.continuousRead", description: "continuousRead" },
  { name: "toolbar.rateGroup", description: "rateGroup" },
  { name: "toolbar.shortcuts", description: "shortcuts" },
  { name: "toolbar.reset", description: "reset" },
] as const;

/** The page's <title> and description, for the route files of every language. */
export function accessibilityHelpMetadata(locale: Locale) {
  const t = getTranslator(locale, "modes");
  return pageMetadata(locale, {
    title: t("help.title"),
    description: t("help.description"),
    path: (language) => routes.accessibilityHelp(language),
  });
}

/** 帮助: what every display mode and toolbar button does, and every keyboard shortcut. */
export function AccessibilityHelpPage({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "modes");
  return (
    <SitePage locale={locale} path={routes.accessibilityHelp(locale)}>
      <HomeBreadcrumb locale={locale} current={t("help.title")} />
      <article className="page-article">
        <h1>{t("help.title")}</h1>
        <p>{t("help.intro")}</p>
        <section aria-labelledby="help-features">
          <h2 id="help-features">{t("help.featuresHeading")}</h2>
          <dl className="help-list">
            {FEATURES.map((feature) => (
              <div key={feature.description}>
                <dt>{t(feature.name)}</dt>
                <dd>{t(`help.features.${feature.description}`)}</dd>
              </div>
            ))}
          </dl>
          <p>{t("help.speechNote")}</p>
        </section>
        <section aria-labelledby="help-shortcuts">
          <h2 id="help-shortcuts">{t("help.shortcutsHeading")}</h2>
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
        <section aria-labelledby="help-other">
          <h2 id="help-other">{t("help.otherHeading")}</h2>
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
