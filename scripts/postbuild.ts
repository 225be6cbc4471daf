/**
 * npm run build, last step (after `next build` has written out/):
 * 1. Pagefind indexes the pages' text into out/pagefind/ (pagefind.yml), from the HTML as
 *    `next build` wrote it, and keeps only the files the site's search loads
 *    (scripts/lib/prune-pagefind.ts);
 * 2. every page hydrates on first use: Next's scripts and payload leave the HTML
 *    (scripts/lib/defer-hydration.ts, lib/hydration.ts);
 * 3. the Content-Security-Policy hashes of every inline script and style, as nginx maps;
 * 4. gzip and brotli copies of every text file, for nginx's gzip_static/brotli_static.
 * The last two come after every step that writes into out/. If a step fails, out/ is
 * removed: only a complete build leaves an export behind.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { CSP_MAPS_FILE, EXPORT_DIR, GENERATED_DIR } from "./lib/build-paths";
import { collectCspHashes, nginxCspMaps } from "./lib/csp";
import { deferHydrationInExport } from "./lib/defer-hydration";
import { precompress } from "./lib/precompress";
import { prunePagefind } from "./lib/prune-pagefind";

try {
  for (const required of ["index.html", "404.html"]) {
    if (!fs.existsSync(path.join(EXPORT_DIR, required))) throw new Error(`out/${required} is missing: the export is incomplete.`);
  }
  // The `pagefind` command npm puts on PATH for its scripts (its extended build, which
  // splits Chinese text into words). No arguments: it reads pagefind.yml (site: out).
  try {
    execFileSync("pagefind", [], { stdio: "inherit" });
  } catch (error) {
    throw new Error(`Pagefind failed (exit status ${(error as { status?: unknown }).status ?? "unknown"}): its messages are above.`);
  }
  prunePagefind(EXPORT_DIR);
  const deferred = deferHydrationInExport(EXPORT_DIR);
  const hashes = collectCspHashes(EXPORT_DIR);
  fs.mkdirSync(GENERATED_DIR, { recursive: true });
  fs.writeFileSync(CSP_MAPS_FILE, nginxCspMaps(hashes));
  const compressed = precompress(EXPORT_DIR);
  console.log(
    `✓ ${deferred.pages} pages hydrate on first use (${deferred.payloads} payload files); CSP hashes for ${hashes.scripts.size} pages → ${path.relative(process.cwd(), CSP_MAPS_FILE)}; ` +
      `${compressed.written} gzip/brotli files for ${compressed.files} text files`,
  );
} catch (error) {
  fs.rmSync(EXPORT_DIR, { recursive: true, force: true });
  fs.rmSync(GENERATED_DIR, { recursive: true, force: true });
  console.error("✗ The steps after next build failed, so out/ was removed.");
  console.error(error);
  process.exitCode = 1;
}
