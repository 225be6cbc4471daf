import { getTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { getPlan } from "@/lib/content/plan";
import { routes } from "@/lib/routes";
import { langOf } from "@/lib/i18n/content-language";

interface Crumb {
  label: string;
  href?: string;
  /** The language of the label, where it is not the page's (lib/i18n/content-language.ts). */
  lang?: string;
}

/** 您当前的位置：首页 > … : the last crumb is the current page (aria-current). */
export function Breadcrumb({ locale, trail }: { locale: Locale; trail: Crumb[] }) {
  const t = getTranslator(locale);
  return (
    // Secondary navigation: 长者助手 folds it away, paper leaves it out. The ">" between crumbs
    // is decoration (alt text "" for speech): the list already tells the order.
    <nav aria-label={t("breadcrumb.label")} className="mb-4 max-w-measure text-small text-muted elder:hidden print:hidden!">
      <span>{t("breadcrumb.prefix")}</span>
      <ol className="m-0 inline list-none p-0 [&>li]:inline [&>li+li]:before:mx-[0.4em] [&>li+li]:before:content-['>'_/_'']">
        {trail.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`} lang={crumb.lang}>
            {crumb.href ? (
              <a href={crumb.href}>{crumb.label}</a>
            ) : (
              <span aria-current="page" className="text-ink">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** 首页, where every trail starts. */
function homeCrumb(locale: Locale): Crumb {
  return { label: getTranslator(locale)("breadcrumb.home"), href: routes.home(locale) };
}

/** 首页 > the current page: the trail of a page beside the plan (search, accessibility). */
export function HomeBreadcrumb({ locale, current }: { locale: Locale; current: string }) {
  return <Breadcrumb locale={locale} trail={[homeCrumb(locale), { label: current }]} />;
}

/** 首页 > 2021年工作安排 > the current page: the trail of every page inside the plan. */
export function PlanBreadcrumb({ locale, current, currentLang }: { locale: Locale; current: string; currentLang?: string }) {
  const plan = getPlan(locale);
  return (
    <Breadcrumb
      locale={locale}
      trail={[
        homeCrumb(locale),
        { label: plan.overview.title, href: routes.contents(locale), lang: langOf(locale, plan.overview) },
        { label: current, lang: currentLang },
      ]}
    />
  );
}
