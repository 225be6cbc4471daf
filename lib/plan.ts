import { loadPlan, type Plan } from "./content";
import type { Locale } from "./locales";

const CONTENT_DIRS: Record<Locale, string> = {
  "zh-CN": "content/zh-CN",
};

/** The plan as a page of the given language shows it. */
export function getPlan(locale: Locale): Plan {
  return loadPlan({ contentDir: CONTENT_DIRS[locale] });
}
