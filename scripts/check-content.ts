/**
 * npm run check:content — checks every content file without building the site,
 * and says in plain Chinese and English what to fix and where. With no argument it
 * checks every language as its pages use it (the English translation and any
 * hand-written 繁體 file against the Chinese original); with folders, just those.
 */
import { ContentError } from "../lib/content-errors";
import { loadPlan } from "../lib/content";
import { LOCALES } from "../lib/locales";
import { getPlan } from "../lib/plan";
import { checkPhraseTable, PHRASE_TABLE_FILE } from "../lib/phrase-table";

const dirs = process.argv.slice(2);
let failed = false;
const checks = dirs.length
  ? dirs.map((contentDir) => ({ name: contentDir, load: () => loadPlan({ contentDir }) }))
  : LOCALES.map((locale) => ({ name: locale, load: () => getPlan(locale) }));
for (const { name: contentDir, load } of checks) {
  try {
    const plan = load();
    console.log(
      `✓ ${contentDir}：内容检查通过 / content is valid — ${plan.sections.length} 节 sections, ${plan.livelihoodProjects.projects.length} 项民生实事 projects`,
    );
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    failed = true;
    console.error(`✗ ${contentDir}\n\n${error.message}\n`);
  }
}
// The 繁體 phrase table (proper names, fixed terms): its form, and every entry found in the original.
if (!dirs.length) {
  const problems = checkPhraseTable();
  if (problems.length) {
    failed = true;
    console.error(`✗ ${PHRASE_TABLE_FILE}\n\n${new ContentError(problems).message}\n`);
  } else console.log(`✓ ${PHRASE_TABLE_FILE}：对照表检查通过 / phrase table is valid`);
}
process.exitCode = failed ? 1 : 0;
