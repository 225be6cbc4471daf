import path from "node:path";
import { CONTENT_SOURCES } from "./check";
import { loadPlan, type Plan } from ".";
import { localizePlan } from "../i18n/localized-plan";
import type { Locale } from "../i18n/locales";

/**
 * Localized plans, keyed by the plan loadPlan returned: loadPlan alone decides when
 * content is read again (every request in `npm run dev`), and a fresh plan is localized
 * afresh.
 */
const localized = new WeakMap<Plan, Plan>();

/**
 * The plan as a page of the given language shows it (where each language's text comes
 * from: CONTENT_SOURCES). `root` (the project folder) is for tests.
 */
export function getPlan(locale: Locale, options: { root?: string } = {}): Plan {
  const loaded = loadPlan({ ...CONTENT_SOURCES[locale], root: path.resolve(options.root ?? process.cwd()) });
  let plan = localized.get(loaded);
  if (!plan) {
    plan = localizePlan(locale, loaded);
    localized.set(loaded, plan);
  }
  return plan;
}
