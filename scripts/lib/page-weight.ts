import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { MODULES_PUBLIC_PATH } from "@/lib/modules/bundle";
import { attribute, elements, filesUnder, parseHtml, rawText, servedPath } from "./export-files";

/**
 * What a page costs a reader, gzip-compressed as nginx sends it: the HTML (which carries
 * the inlined stylesheet), the scripts it loads with it (the entry module and the chunks
 * it preloads), and every module the site has (what a reader who turns every feature on
 * would fetch at most over a visit: speech, 十字线, 大字幕, search results).
 * Pagefind's own files are not counted here: they load only when a search is made.
 */

export interface PageWeight {
  /** The HTML document, including the inlined CSS. */
  html: number;
  /** The inlined <style> elements alone (already counted in html), and external stylesheets. */
  inlineCss: number;
  externalCss: number;
  /** Scripts the page loads with it. */
  js: number;
  scripts: { file: string; gzip: number }[];
}

export const KB = 1024;

export function gzipSize(data: Buffer | string): number {
  return zlib.gzipSync(data, { level: 9 }).length;
}

/** The gzip size of a file as served: its precompressed .gz if there is one (`data`: the file, if already read). */
function fileGzipSize(file: string, data?: Buffer): number {
  if (fs.existsSync(`${file}.gz`)) return fs.statSync(`${file}.gz`).size;
  return gzipSize(data ?? fs.readFileSync(file));
}

/** The same, for a file of the export by the path it is served at. */
function servedGzipSize(outDir: string, served: string): number {
  return fileGzipSize(path.join(outDir, decodeURIComponent(served.split(/[?#]/)[0] ?? "")));
}

export function pageWeight(outDir: string, htmlFile: string): PageWeight {
  const html = fs.readFileSync(htmlFile);
  const document = parseHtml(html.toString("utf8"));
  let inlineCss = 0;
  let externalCss = 0;
  const scripts: PageWeight["scripts"] = [];
  const addScript = (src: string) => {
    const file = src.split(/[?#]/)[0] ?? src;
    if (!scripts.some((s) => s.file === file)) scripts.push({ file, gzip: servedGzipSize(outDir, file) });
  };
  for (const element of elements(document)) {
    if (element.tagName === "style") inlineCss += gzipSize(rawText(element));
    const rel = attribute(element, "rel")?.split(/\s+/) ?? [];
    const href = attribute(element, "href");
    if (element.tagName === "link" && rel.includes("stylesheet") && href?.startsWith("/")) externalCss += servedGzipSize(outDir, href);
    if (element.tagName === "link" && rel.includes("modulepreload") && href?.startsWith("/")) addScript(href);
    const src = attribute(element, "src");
    if (element.tagName === "script" && src?.startsWith("/")) addScript(src);
  }
  return {
    html: fileGzipSize(htmlFile, html),
    inlineCss,
    externalCss,
    js: scripts.reduce((total, s) => total + s.gzip, 0),
    scripts,
  };
}

/** Every module file of the site (entry and on-demand chunks), with its gzip size. */
export function allModules(outDir: string): { file: string; gzip: number }[] {
  const dir = path.join(outDir, MODULES_PUBLIC_PATH);
  if (!fs.existsSync(dir)) return [];
  return filesUnder(dir)
    .filter((file) => file.endsWith(".js"))
    .map((file) => ({ file: servedPath(outDir, file), gzip: fileGzipSize(file) }));
}

/** The budgets, in bytes (gzip). */
export const BUDGETS = {
  /** Scripts any page loads with it. */
  pageJs: 15 * KB,
  /** Every module of the site together: the most a reader can fetch over a visit (Pagefind aside). */
  allModulesJs: 15 * KB,
  htmlAndCss: 60 * KB,
};

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
