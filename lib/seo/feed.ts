import { sectionDocumentTitle } from "@/lib/i18n/section-title";
import { getTranslator } from "../i18n/translate";
import type { Locale } from "../i18n/locales";
import { getPlan } from "../content/plan";
import { routes } from "../routes";
import { absoluteUrl } from "./site-url";

/** The plan's publication time: a date in the town's time zone (China Standard Time). */
function publicationTime(isoDate: string): string {
  return `${isoDate}T00:00:00+08:00`;
}

function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export interface FeedEntry {
  path: string;
  title: string;
  summary: string;
}

/** Every page of the plan in one language, in reading order. */
export function feedEntries(locale: Locale): FeedEntry[] {
  const plan = getPlan(locale);
  return [
    { path: routes.home(locale), title: plan.overview.title, summary: plan.overview.description },
    ...plan.sections.map((section) => ({
      path: routes.section(locale, section.slug),
      title: sectionDocumentTitle(locale, section),
      summary: section.description,
    })),
    { path: routes.projects(locale), title: plan.livelihoodProjects.title, summary: plan.livelihoodProjects.description },
  ];
}

/** The feed's title, as the feed and the pages that link to it name it. */
export function feedTitle(locale: Locale): string {
  const t = getTranslator(locale);
  return getTranslator(locale, "features")("feed.title", { site: t("site.name"), plan: t("site.planTitle") });
}

/** An Atom feed (RFC 4287) of the plan's pages in one language. */
function atomFeed(locale: Locale): string {
  const t = getTranslator(locale);
  const f = getTranslator(locale, "features");
  const plan = getPlan(locale);
  const site = t("site.name");
  const updated = publicationTime(plan.overview.published);
  const home = absoluteUrl(routes.home(locale));
  const self = absoluteUrl(routes.feed(locale));
  const entries = feedEntries(locale).map((entry) => {
    const url = absoluteUrl(entry.path);
    return [
      "  <entry>",
      `    <id>${xml(url)}</id>`,
      `    <title>${xml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
      `    <published>${updated}</published>`,
      `    <updated>${updated}</updated>`,
      `    <summary>${xml(entry.summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${xml(self)}</id>`,
    `  <title>${xml(feedTitle(locale))}</title>`,
    `  <subtitle>${xml(f("feed.subtitle"))}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(home)}"/>`,
    `  <author><name>${xml(site)}</name><uri>${xml(home)}</uri></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

export function atomFeedResponse(locale: Locale): Response {
  return new Response(atomFeed(locale), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
