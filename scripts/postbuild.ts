/**
 * npm run build, last step (after `next build` has written out/):
 * 1. Pagefind indexes the pages' text into out/pagefind/ (pagefind.yml), and keeps only
 *    the files the site's search loads (scripts/lib/prune-pagefind.ts);
 * 2. Next's runtime leaves the export: pages keep only the site's own scripts, checked
 *    (scripts/lib/strip-next-runtime.ts);
 * 3. each Chinese page's caption text (拼音 and the other script, for the 大字幕 bar), beside
 *    it, from the page as exported (scripts/lib/caption-text.ts);
 * 4. the Content-Security-Policy hashes of every inline script and style, as nginx maps;
 * 5. gzip and brotli copies of every text file, for nginx's gzip_static/brotli_static.
 * The last two come after every step that writes into out/. If a step fails, out/ is
 * removed: only a complete build leaves an export behind.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { writeCaptionTexts } from "./lib/caption-text";
import { CSP_MAPS_FILE, EXPORT_DIR, GENERATED_DIR, POSTBUILD_TIMINGS_PREFIX } from "./lib/build-paths";
import { collectCspHashes, nginxCspMaps } from "./lib/csp";
import { precompress } from "./lib/precompress";
import { prunePagefind } from "./lib/prune-pagefind";
import { checkModuleFiles, stripNextRuntimeFromExport } from "./lib/strip-next-runtime";

/** Runs one step and notes how long it took, for the line printed at the end (and the benchmark). */
const timings: string[] = [];
function timed<T>(name: string, step: () => T): T {
  const started = performance.now();
  const result = step();
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

try {
  for (const required of ["index.html", "404.html"]) {
    if (!fs.existsSync(path.join(EXPORT_DIR, required))) throw new Error(`out/${required} is missing: the export is incomplete.`);
  }
  // The `pagefind` command npm puts on PATH for its scripts (its extended build, which
  // splits Chinese text into words). No arguments: it reads pagefind.yml (site: out).
  timed("search index", () => {
    try {
      execFileSync("pagefind", [], { stdio: "inherit" });
    } catch (error) {
      throw new Error(`Pagefind failed (exit status ${(error as { status?: unknown }).status ?? "unknown"}): its messages are above.`);
    }
    prunePagefind(EXPORT_DIR);
  });
  const stripped = timed("runtime removal", () => {
    const result = stripNextRuntimeFromExport(EXPORT_DIR);
    checkModuleFiles(EXPORT_DIR);
    return result;
  });
  const captions = timed("caption text", () => writeCaptionTexts(EXPORT_DIR));
  const hashes = timed("CSP hashes", () => {
    const collected = collectCspHashes(EXPORT_DIR);
    fs.mkdirSync(GENERATED_DIR, { recursive: true });
    fs.writeFileSync(CSP_MAPS_FILE, nginxCspMaps(collected));
    return collected;
  });
  const compressed = timed("compression", () => precompress(EXPORT_DIR));
  console.log(
    `✓ ${stripped.pages} pages carry no framework (${stripped.removedFiles} of Next's files removed); ` +
      `caption text (拼音, 简/繁) for ${captions.files} pages, the largest ${(captions.largest.bytes / 1024).toFixed(1)} KB (${captions.largest.address}); ` +
      `CSP hashes for ${hashes.scripts.size} pages → ${path.relative(process.cwd(), CSP_MAPS_FILE)}; ` +
      `${compressed.written} gzip/brotli files for ${compressed.files} text files`,
  );
  console.log(`${POSTBUILD_TIMINGS_PREFIX} ${timings.join(" · ")}`);
} catch (error) {
  fs.rmSync(EXPORT_DIR, { recursive: true, force: true });
  fs.rmSync(GENERATED_DIR, { recursive: true, force: true });
  console.error("✗ The steps after next build failed, so out/ was removed.");
  console.error(error);
  process.exitCode = 1;
}
