/**
 * The ids the site's own markup uses. Content anchors (`## 标题 {#anchor}`) share a page
 * with them, so the content check refuses any anchor that is one of these or starts with
 * one of the prefixes: ids on a page stay unique, and no content element can stand in for
 * one the site's code or its skip link looks up. Components take their ids from here.
 */
export const SITE_IDS = {
  /** <html>: the "back to top" target. */
  top: "top",
  /** <main>: the skip link's target. */
  main: "main",
  toolbar: "display-modes-toolbar",
  toolbarTitle: "display-modes-toolbar-title",
  toolbarOpener: "display-modes-opener",
  status: "display-modes-status",
  sections: "sections",
  livelihoodProjects: "livelihood-projects",
  keyTargets: "key-targets",
  tocHeading: "toc-heading",
  pageToolsHeading: "page-tools-heading",
  pageToolsAddress: "page-tools-address",
  searchQuery: "search-query",
  searchHint: "search-hint",
  searchResultsHeading: "search-results-heading",
  translationNoticeTitle: "translation-notice-title",
  helpFeatures: "help-features",
  helpShortcuts: "help-shortcuts",
  helpOther: "help-other",
} as const;

/** Families of ids the site numbers or names itself (`project-3`, `statement-2`, `display-modes-toolbar-scheme`). */
export const SITE_ID_PREFIXES = ["display-modes-", "project-", "statement-", "help-", "search-", "page-tools-"] as const;

/** The anchor of a livelihood project on the projects page. */
export const projectAnchor = (number: number) => `project-${number}`;

/** The id of the heading of one part of the accessibility statement. */
export const statementHeadingId = (number: number) => `statement-${number}`;

export type SiteId = (typeof SITE_IDS)[keyof typeof SITE_IDS];

/** Whether an id belongs to the site's own markup (and so may not be used as a content anchor). */
export function isSiteOwnedId(id: string): boolean {
  return (Object.values(SITE_IDS) as string[]).includes(id) || SITE_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
}
