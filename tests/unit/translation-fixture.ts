import type { Plan } from "@/lib/content";
import type { Locale } from "@/lib/i18n/locales";
import { getPlan } from "@/lib/content/plan";
import { projectCopy } from "./content-fixture";

/**
 * A copy of the real content of every language (content/zh-CN and content/en) in a
 * temporary project folder, for one test to change: `write("zh-HK/…")` adds a
 * hand-written Traditional file, `remove("en/…")` takes an English file away, and
 * `load(locale)` is that language's plan as its pages show it.
 */
export function languagesCopy() {
  return projectCopy({ languages: ["zh-CN", "en"], base: "content", load: (root, locale: Locale) => getPlan(locale, { root }) });
}

/** What a translation must keep of its original: slugs, orders, anchors, the date, project numbers and references. */
export function planShape(plan: Plan) {
  return {
    sections: plan.sections.map((s) => [s.order, s.slug, s.headings.map((h) => h.id)]),
    overview: [plan.overview.published, plan.overview.headings.map((h) => h.id)],
    projects: plan.livelihoodProjects.projects.map((p) => [p.number, p.related]),
  };
}
