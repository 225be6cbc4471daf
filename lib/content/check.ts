import path from "node:path";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../i18n/locales";
import { checkPhraseTable } from "../i18n/phrase-table";
import { checkPinyinTable } from "../i18n/pinyin-table";
import { readPlan, type LoadOptions, type ReadResult } from "./load";
import { formatReport, ProblemList, type ContentProblem } from "./messages";

/**
 * Where each language's text comes from. zh-CN is the one original. en is a translation
 * meant to be whole; what it lacks shows the Chinese text. zh-HK is generated from zh-CN,
 * except for any hand-written file in content/zh-HK, which must agree with the original
 * in the same way.
 */
export const CONTENT_SOURCES: Record<Locale, LoadOptions> = {
  "zh-CN": { contentDir: "content/zh-CN" },
  "zh-HK": { contentDir: "content/zh-HK", originalDir: "content/zh-CN" },
  en: { contentDir: "content/en", originalDir: "content/zh-CN", complete: true },
};

export interface CheckResult {
  ok: boolean;
  /** Each problem once, in the file that must change. */
  problems: ContentProblem[];
  /** Translations that lag: printed, and the site is still built. */
  notices: ContentProblem[];
  /** One line per language checked, for a check that passed. */
  summary: string[];
}

const NAMES: Record<string, string> = { "zh-CN": "简体中文", "zh-HK": "繁體中文", en: "English" };

function summaryLine(locale: string, result: ReadResult): string {
  const plan = result.plan;
  return plan ? `✓ ${NAMES[locale] ?? locale}：${plan.sections.length} 节 sections，${plan.livelihoodProjects.projects.length} 件实事 projects` : "";
}

/**
 * The whole check, as `npm run check:content`, the build and the editor run it: every
 * language, the original read once, each problem and notice reported once.
 */
export function checkContent(options: { root?: string } = {}): CheckResult {
  const root = path.resolve(options.root ?? process.cwd());
  const all = new ProblemList();
  const summary: string[] = [];
  const original = readPlan({ ...CONTENT_SOURCES[DEFAULT_LOCALE], root });
  for (const locale of LOCALES) {
    const result = locale === DEFAULT_LOCALE ? original : readPlan({ ...CONTENT_SOURCES[locale], root }, original);
    for (const problem of result.problems) all.add(problem);
    for (const notice of result.notices) all.notice(notice);
    summary.push(summaryLine(locale, result));
  }
  // The 繁體 phrase table (proper names, fixed terms): its form, and every entry found in the original.
  for (const problem of checkPhraseTable(root)) all.add(problem);
  // The reviewed 拼音 of the caption bar: its form, and every word found in the original.
  for (const problem of checkPinyinTable(root)) all.add(problem);
  const ok = all.items.length === 0;
  return { ok, problems: all.items, notices: all.notices, summary: ok ? summary : [] };
}

/** What the check prints: the problems to fix, or a line per language; then the notices. */
export function checkReport(result: CheckResult): string {
  const head = result.ok ? [`✓ 内容检查通过 / Content is valid`, ...result.summary].join("\n") : "";
  return [head, formatReport(result.problems, result.notices)].filter(Boolean).join(result.ok ? "\n\n" : "");
}
