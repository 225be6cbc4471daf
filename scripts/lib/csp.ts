import { createHash } from "node:crypto";
import fs from "node:fs";
import { htmlFiles, inlineScripts, inlineStyles, parseHtml, servedPath } from "./export-files";

/**
 * Content-Security-Policy source expressions for the inline code of the export.
 *
 * The pages of the export keep one inline <script> after the build, the display modes'
 * boot script (Next's runtime has been taken out by then, see strip-next-runtime.ts),
 * and carry the stylesheet inlined as a <style> element. Instead of 'unsafe-inline',
 * the policy lists the SHA-256 of each one (CSP Level 3, §8.4 "Does a source list
 * allow all inline behavior"), so any script that was not in the page when it was built is refused.
 *
 * Scripts are allowed per page: a page's policy names only its own inline scripts.
 * Styles are allowed site-wide: one list for every page keeps the nginx map small.
 */
export function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

export interface CspHashes {
  /** Served path of each page (e.g. /sections/x/index.html) → its inline scripts' hashes. */
  scripts: Map<string, string[]>;
  /** Hashes of every inline <style> of the site. */
  styles: string[];
}

export function collectCspHashes(outDir: string): CspHashes {
  const scripts = new Map<string, string[]>();
  const styles = new Set<string>();
  for (const file of htmlFiles(outDir)) {
    const document = parseHtml(fs.readFileSync(file, "utf8"));
    scripts.set(servedPath(outDir, file), [...new Set(inlineScripts(document).map(sha256Source))]);
    for (const style of inlineStyles(document)) styles.add(sha256Source(style));
  }
  return { scripts, styles: [...styles].sort() };
}

const quote = (value: string) => `"${value.replace(/["\\]/g, "\\$&")}"`;

/**
 * nginx maps from the final $uri of a response (after index and error_page internal
 * redirects, so /sections/x/ is /sections/x/index.html) to the hashes its policy allows.
 * deploy/nginx.conf includes this file inside http {}.
 */
export function nginxCspMaps(hashes: CspHashes): string {
  const lines = [
    "# Written by `npm run build` (scripts/postbuild.ts) from out/: do not edit, rebuild.",
    "# It must be deployed together with the out/ it was written from.",
    "",
    "map $uri $nanlang_csp_script_hashes {",
    '    default "";',
    ...[...hashes.scripts].map(([uri, list]) => `    ${quote(uri)} ${quote(list.map((h) => ` ${h}`).join(""))};`),
    "}",
    "",
    "map $uri $nanlang_csp_style_hashes {",
    `    default ${quote(hashes.styles.map((h) => ` ${h}`).join(""))};`,
    "}",
    "",
  ];
  return lines.join("\n");
}
