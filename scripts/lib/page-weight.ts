import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";
import { HYDRATION_CONFIG_ID, type HydrationConfig } from "@/lib/hydration";
import { attribute, elements, parseHtml, rawText } from "./export-files";

/**
 * What a first visit to a page downloads, gzip-compressed as nginx sends it: the HTML
 * (which carries the inlined stylesheet), external stylesheets and the scripts a modern
 * browser runs (nomodule polyfills are skipped by every browser that runs modules).
 * Pages hydrate on first use (lib/hydration.ts): the scripts listed in the page's
 * hydration note, and its server-components payload, are counted as what the first
 * interaction loads; scripts still in the HTML would count the same way.
 *
 * Scripts are split into the framework (Next.js and React: the files every Next page
 * loads, from .next/build-manifest.json, and the chunks of Next's own built-in pages) and
 * our own (every other chunk: the code of our client components and whatever they import;
 * a chunk webpack shares between our code and a Next module counts as ours).
 */

export interface ScriptWeight {
  file: string;
  gzip: number;
  framework: boolean;
}

export interface PageWeight {
  /** The HTML document, including the inlined CSS. */
  html: number;
  /** The inlined <style> elements alone (already counted in html), and external stylesheets. */
  inlineCss: number;
  externalCss: number;
  js: number;
  /** The page's server-components payload, fetched with the scripts on first use. */
  flight: number;
  frameworkJs: number;
  ownJs: number;
  scripts: ScriptWeight[];
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
function servedGzipSize(outDir: string, servedPath: string): number {
  return fileGzipSize(path.join(outDir, decodeURIComponent(servedPath.split(/[?#]/)[0] ?? "")));
}

/** The chunks of the Next.js runtime itself, by served path (/_next/static/chunks/…). */
export function frameworkChunks(projectDir: string): Set<string> {
  const nextDir = path.join(projectDir, ".next");
  const manifest = JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
    polyfillFiles: string[];
  };
  const framework = new Set([...manifest.rootMainFiles, ...manifest.polyfillFiles].map((file) => `/_next/${file}`));
  // Every app loads Next's built-in not-found and error boundaries with the layout.
  for (const file of clientReferenceManifests(path.join(nextDir, "server", "app"))) {
    const sandbox: { self: Record<string, unknown>; globalThis?: unknown } = { self: {} };
    sandbox.globalThis = sandbox.self;
    vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
    const manifests = (sandbox.self.__RSC_MANIFEST ?? {}) as Record<string, { entryJSFiles?: Record<string, string[]> }>;
    for (const entry of Object.values(manifests)) {
      for (const [module, chunks] of Object.entries(entry.entryJSFiles ?? {})) {
        if (module.includes("/node_modules/next/dist/client/components/builtin/")) {
          for (const chunk of chunks) framework.add(`/_next/${chunk}`);
        }
      }
    }
  }
  return framework;
}

function clientReferenceManifests(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith("_client-reference-manifest.js"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function pageWeight(outDir: string, htmlFile: string, framework: Set<string>): PageWeight {
  const html = fs.readFileSync(htmlFile);
  const document = parseHtml(html.toString("utf8"));
  let inlineCss = 0;
  let externalCss = 0;
  const scripts: ScriptWeight[] = [];
  let flight = 0;
  const addScript = (src: string) => {
    const file = src.split(/[?#]/)[0] ?? src;
    if (!scripts.some((s) => s.file === file)) scripts.push({ file, gzip: servedGzipSize(outDir, file), framework: framework.has(file) });
  };
  for (const element of elements(document)) {
    if (element.tagName === "script" && attribute(element, "id") === HYDRATION_CONFIG_ID) {
      const config = JSON.parse(rawText(element)) as HydrationConfig;
      flight += servedGzipSize(outDir, config.flight);
      for (const script of config.scripts) if (script.src.startsWith("/")) addScript(script.src);
    }
    if (element.tagName === "style") inlineCss += gzipSize(rawText(element));
    const rel = attribute(element, "rel")?.split(/\s+/) ?? [];
    const href = attribute(element, "href");
    if (element.tagName === "link" && rel.includes("stylesheet") && href?.startsWith("/")) externalCss += servedGzipSize(outDir, href);
    const src = attribute(element, "src");
    if (element.tagName === "script" && src?.startsWith("/") && attribute(element, "nomodule") === undefined) addScript(src);
  }
  const sum = (list: ScriptWeight[]) => list.reduce((total, s) => total + s.gzip, 0);
  return {
    html: fileGzipSize(htmlFile, html),
    inlineCss,
    externalCss,
    js: sum(scripts),
    flight,
    frameworkJs: sum(scripts.filter((s) => s.framework)),
    ownJs: sum(scripts.filter((s) => !s.framework)),
    scripts,
  };
}

/** The budgets of issue 6, in bytes (gzip, first load). */
export const BUDGETS = {
  ownJs: 15 * KB,
  sectionFirstLoadJs: 140 * KB,
  htmlAndCss: 60 * KB,
};

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
