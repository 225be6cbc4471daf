import fs from "node:fs";
import path from "node:path";
import { CONTENT_SOURCES } from "./content/check";
import { loadPlan, type Plan } from "./content";
import { localizePlan } from "./localized-plan";
import type { Locale } from "./locales";

/**
 * Localized plans, keyed by the plan loadPlan returned: loadPlan alone decides when
 * content is read again (every request in `npm run dev`), and a fresh plan is localized
 * afresh.
 */
const localized = new WeakMap<Plan, Plan>();

/**
 * In `npm run dev` loadPlan reads the content afresh on every call, and one page calls
 * getPlan several times (its params, metadata, breadcrumb and body). Here the plan is kept
 * for as long as no content file has changed (same names, sizes and modification times),
 * so that a page reloaded after a save reads the content once.
 */
const developmentPlans = new Map<string, { fingerprint: string; plan: Plan }>();

function contentFingerprint(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".md")) {
        const { size, mtimeMs } = fs.statSync(file);
        parts.push(`${file}:${size}:${mtimeMs}`);
      }
    }
  };
  walk(path.join(root, "content"));
  return parts.join("\n");
}

/**
 * The plan as a page of the given language shows it (where each language's text comes
 * from: CONTENT_SOURCES). `root` (the project folder) is for tests.
 */
export function getPlan(locale: Locale, options: { root?: string } = {}): Plan {
  const root = path.resolve(options.root ?? process.cwd());
  const development = process.env.NODE_ENV === "development";
  const fingerprint = development ? contentFingerprint(root) : "";
  const kept = development ? developmentPlans.get(`${locale}\n${root}`) : undefined;
  if (kept && kept.fingerprint === fingerprint) return kept.plan;
  const loaded = loadPlan({ ...CONTENT_SOURCES[locale], root });
  let plan = localized.get(loaded);
  if (!plan) {
    plan = localizePlan(locale, loaded);
    localized.set(loaded, plan);
  }
  if (development) developmentPlans.set(`${locale}\n${root}`, { fingerprint, plan });
  return plan;
}
