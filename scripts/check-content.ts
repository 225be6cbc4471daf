/**
 * npm run check:content — checks every content file without building the site,
 * and says in plain Chinese and English what to fix and where.
 */
import { ContentError } from "../lib/content-errors";
import { loadPlan } from "../lib/content";

const dirs = process.argv.slice(2);
let failed = false;
for (const contentDir of dirs.length ? dirs : ["content/zh-CN"]) {
  try {
    const plan = loadPlan({ contentDir });
    console.log(
      `✓ ${contentDir}：内容检查通过 / content is valid — ${plan.sections.length} 节 sections, ${plan.livelihoodProjects.projects.length} 项民生实事 projects`,
    );
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    failed = true;
    console.error(`✗ ${contentDir}\n\n${error.message}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
