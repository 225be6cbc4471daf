/**
 * npm run check:content — checks every content file without building the site,
 * and says in plain Chinese and English what to fix and where: every language as its
 * pages use it (the English translation and any hand-written 繁體 file against the
 * Chinese original), each problem once. Notices (a translation that lags) do not fail it.
 */
import { checkContent, checkReport } from "../lib/content/check";

try {
  const result = checkContent();
  const report = checkReport(result);
  if (result.ok) console.log(report);
  else console.error(report);
  process.exitCode = result.ok ? 0 : 1;
} catch (error) {
  // A fault of the check itself, never of the content: said plainly, without a stack trace.
  console.error(
    `✗ 内容检查程序出错，请把这段文字发给技术同事 / The content check itself failed; send this to a developer:\n  ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 2;
}
