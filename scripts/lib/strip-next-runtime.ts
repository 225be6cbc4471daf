import fs from "node:fs";
import path from "node:path";
import { MODULES_PUBLIC_PATH, modulesManifest } from "@/lib/modules/bundle";
import { MODULE_STRINGS_ATTRIBUTE } from "@/lib/modules/names";
import { attribute, elements, filesUnder, htmlFiles, parseHtml, rawText, type Element } from "./export-files";

/**
 * The build step that takes Next's runtime out of the export. Next renders every page at
 * build time; the browser needs none of its JavaScript (the site's behaviour is its own
 * modules). For each page this removes Next's <script> tags, their preload hints and the
 * inline server-components payload; for the export, the payload files (index.txt,
 * __next.*.txt) and the _next/ folder.
 *
 * Then it checks what is left: every script must be the site's own — the boot script, the
 * entry module under /assets/js/, a module's strings or the JSON-LD data block. Anything
 * else fails the build with the page named, so a Next upgrade that changes its output
 * fails loudly instead of shipping a runtime, or a page whose modules never start.
 */

const NEXT_ASSET = /^\/_next\//;
/**
 * Next's inline scripts: the server-components payload (self.__next_f), its script loader
 * (self.__next_s) and Turbopack's chunk list (globalThis.TURBOPACK).
 */
const NEXT_INLINE = /^\s*\(?\s*(?:self\.__next_[fs]\b|globalThis(?:\.TURBOPACK|\[["']TURBOPACK["']\]))/;
const DATA_BLOCK_TYPES = new Set(["application/ld+json", "application/json"]);

interface Cut {
  start: number;
  end: number;
}

function isOwnScript(element: Element): boolean {
  const src = attribute(element, "src");
  const type = (attribute(element, "type") ?? "").trim().toLowerCase();
  if (src !== undefined) return type === "module" && src.startsWith(MODULES_PUBLIC_PATH) && !src.includes("..");
  if (type === "application/ld+json") return true;
  if (type === "application/json") return attribute(element, MODULE_STRINGS_ATTRIBUTE) !== undefined;
  return type === "" && rawText(element) === modulesManifest().bootScript;
}

function isNextScript(element: Element): boolean {
  const src = attribute(element, "src");
  if (src !== undefined) return NEXT_ASSET.test(src);
  const type = (attribute(element, "type") ?? "").trim().toLowerCase();
  return !DATA_BLOCK_TYPES.has(type) && NEXT_INLINE.test(rawText(element));
}

function isNextHint(element: Element): boolean {
  if (element.tagName !== "link") return false;
  const rel = (attribute(element, "rel") ?? "").toLowerCase();
  return (rel === "preload" || rel === "modulepreload" || rel === "prefetch") && NEXT_ASSET.test(attribute(element, "href") ?? "");
}

/** One page without Next's runtime; throws, naming the page, if anything else is not the site's own. */
export function stripNextRuntime(html: string, name = "page"): string {
  const document = parseHtml(html);
  const cuts: Cut[] = [];
  const cut = (element: Element) => {
    const location = element.sourceCodeLocation;
    if (!location) throw new Error(`${name}: no source position for <${element.tagName}>.`);
    cuts.push({ start: location.startOffset, end: location.endOffset });
  };
  for (const element of elements(document)) {
    if (element.tagName === "script") {
      if (isNextScript(element)) cut(element);
      else if (!isOwnScript(element)) {
        const what = attribute(element, "src") ?? `${rawText(element).slice(0, 60)}…`;
        throw new Error(
          `${name}: a script that is not the site's own is left in the page (${what}). Only the boot script, the site's modules and data blocks may remain.`,
        );
      }
    } else if (isNextHint(element)) {
      cut(element);
    } else if (element.tagName === "style" && NEXT_ASSET.test(attribute(element, "data-href") ?? "")) {
      // The inlined stylesheet keeps the address of the file it came from, which the export no longer has.
      const location = element.sourceCodeLocation?.attrs?.["data-href"];
      if (!location) throw new Error(`${name}: no source position for <style data-href>.`);
      cuts.push({ start: location.startOffset - 1, end: location.endOffset });
    }
  }
  let result = html;
  for (const { start, end } of cuts.sort((a, b) => b.start - a.start)) result = result.slice(0, start) + result.slice(end);
  const left = [...elements(parseHtml(result))].find((element) => element.attrs.some((attr) => NEXT_ASSET.test(attr.value)));
  if (left) throw new Error(`${name}: <${left.tagName}> still refers to /_next/ after Next's runtime was taken out.`);
  return result;
}

/** Next's server-components payload files, which only its client router would fetch. */
const isPayloadFile = (file: string) => /^(?:index|__next\..+)\.txt$/.test(path.basename(file));

/** Applies stripNextRuntime to every page of the export and removes Next's files. */
export function stripNextRuntimeFromExport(outDir: string): { pages: number; removedFiles: number } {
  const pages = htmlFiles(outDir);
  for (const file of pages) fs.writeFileSync(file, stripNextRuntime(fs.readFileSync(file, "utf8"), path.relative(outDir, file)));
  const payloads = filesUnder(outDir).filter(isPayloadFile);
  for (const file of payloads) fs.rmSync(file);
  const nextDir = path.join(outDir, "_next");
  const nextFiles = fs.existsSync(nextDir) ? filesUnder(nextDir).length : 0;
  fs.rmSync(nextDir, { recursive: true, force: true });
  return { pages: pages.length, removedFiles: payloads.length + nextFiles };
}

/** Every module a page names exists in the export (the entry and its preloads). */
export function checkModuleFiles(outDir: string): void {
  for (const file of htmlFiles(outDir)) {
    for (const element of elements(parseHtml(fs.readFileSync(file, "utf8")))) {
      const address =
        element.tagName === "script"
          ? attribute(element, "src")
          : element.tagName === "link" && attribute(element, "rel") === "modulepreload"
            ? attribute(element, "href")
            : undefined;
      if (address !== undefined && !fs.existsSync(path.join(outDir, address))) {
        throw new Error(`${path.relative(outDir, file)}: the module ${address} is not in the export.`);
      }
    }
  }
}
