import { ContentError, type ContentProblem } from "../../lib/content-errors";
import { LOCALES } from "../../lib/locales";
import { getPlan } from "../../lib/plan";

/**
 * The content check as the preview and the browser editor show it after each save: the same
 * check as `npm run check:content` (every language as its pages use it), as data. The
 * problems are errors that stop the build; notices (a translation that lags) do not.
 */
export interface ContentStatus {
  ok: boolean;
  problems: ContentProblem[];
  notices: ContentProblem[];
}

export function checkContent(root: string): ContentStatus {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const locale of LOCALES) {
    try {
      getPlan(locale, { root });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      // A mistake in the original is met again by each language that reads it: shown once.
      for (const problem of error.problems) {
        const key = `${problem.file}:${problem.line}:${problem.zh}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push(problem);
      }
    }
  }
  return { ok: problems.length === 0, problems, notices: [] };
}
