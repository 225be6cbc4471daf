import Link from "next/link";
import { getTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/locales";

export interface Crumb {
  label: string;
  href?: string;
  /** The language of the label, where it is not the page's (see components/i18n/ContentLanguage). */
  lang?: string;
}

/** 您当前的位置：首页 > … : the last crumb is the current page (aria-current). */
export function Breadcrumb({ locale, trail }: { locale: Locale; trail: Crumb[] }) {
  const t = getTranslator(locale);
  return (
    <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
      <span className="breadcrumb__prefix">{t("breadcrumb.prefix")}</span>
      <ol>
        {trail.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`} lang={crumb.lang}>
            {crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
