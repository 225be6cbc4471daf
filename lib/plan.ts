import path from "node:path";
import { loadPlan, type LoadOptions, type Plan } from "./content";
import { localizePlan } from "./localized-plan";
import type { Locale } from "./locales";

/**
 * Where each language's text comes from. zh-CN is the one original. en is a translation
 * that must mirror it file by file; a file it lacks shows the Chinese text. zh-HK is
 * generated from zh-CN, except for any hand-written file in content/zh-HK, which must
 * mirror the original in the same way.
 */
const SOURCES: Record<Locale, LoadOptions> = {
  "zh-CN": { contentDir: "content/zh-CN" },
  "zh-HK": { contentDir: "content/zh-HK", originalDir: "content/zh-CN" },
  en: { contentDir: "content/en", originalDir: "content/zh-CN" },
};

/**
 * Localized plans, keyed by the plan loadPlan returned: loadPlan alone decides when
 * content is read again (every request in `npm run dev`), and a fresh plan is localized
 * afresh.
 */
const localized = new WeakMap<Plan, Plan>();

/** The plan as a page of the given language shows it. `root` (the project folder) is for tests. */
export function getPlan(locale: Locale, options: { root?: string } = {}): Plan {
  const loaded = loadPlan({ ...SOURCES[locale], root: path.resolve(options.root ?? process.cwd()) });
  let plan = localized.get(loaded);
  if (!plan) {
    plan = localizePlan(locale, loaded);
    localized.set(loaded, plan);
  }
  return plan;
}
