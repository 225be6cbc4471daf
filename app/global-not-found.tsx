import type { Metadata } from "next";
import { SiteLayout } from "@/components/SiteLayout";
import { NotFoundPage } from "@/components/pages/NotFoundPage";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translate";
import { SITE_ICONS } from "@/lib/seo/icon";
import "./globals.css";

const t = getTranslator(DEFAULT_LOCALE);

export const metadata: Metadata = {
  title: t("site.titleTemplate", { page: t("notFound.title"), site: t("site.name") }),
  description: t("notFound.body"),
  icons: SITE_ICONS,
};

/** Served by static hosts as 404.html for any address the site does not have. */
export default function GlobalNotFound() {
  return (
    <SiteLayout locale={DEFAULT_LOCALE}>
      <NotFoundPage locale={DEFAULT_LOCALE} />
    </SiteLayout>
  );
}
