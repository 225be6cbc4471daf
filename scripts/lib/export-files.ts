import fs from "node:fs";
import path from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";

/**
 * Helpers shared by the post-build steps, the quality tests and the benchmark: they
 * read the static export (out/) as a web server and a browser would see it.
 */

export type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];

/** Every file under `dir`, as absolute paths, in a stable order. */
export function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const visit = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const absolute = path.join(current, entry.name);
      if (entry.isDirectory()) visit(absolute);
      else if (entry.isFile()) found.push(absolute);
    }
  };
  visit(dir);
  return found;
}

/** The URL path a file is served at: out/sections/x/index.html → /sections/x/index.html. */
export function servedPath(outDir: string, file: string): string {
  return `/${path.relative(outDir, file).split(path.sep).join("/")}`;
}

/** The address a reader uses for a page: /sections/x/index.html → /sections/x/. */
export function pageAddress(outDir: string, file: string): string {
  return servedPath(outDir, file).replace(/(^|\/)index\.html$/, "$1");
}

/** Every HTML page of the export. */
export function htmlFiles(outDir: string): string[] {
  return filesUnder(outDir).filter((file) => file.endsWith(".html"));
}

export function parseHtml(html: string) {
  return parse(html, { sourceCodeLocationInfo: true });
}

/** Every element of a parsed document, in document order (template contents included). */
export function* elements(node: Node): Generator<Element> {
  if ("tagName" in node) yield node;
  const children = "childNodes" in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ("content" in node && node.content) yield* elements(node.content as Node);
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The text of an element's text children: for <script> and <style>, exactly what the browser hashes. */
export function rawText(element: Element): string {
  return element.childNodes.map((child) => ("value" in child && child.nodeName === "#text" ? child.value : "")).join("");
}

// HTML §4.12.1.1: a script whose type is empty, absent or a JavaScript MIME type is a
// classic script; "module" is a module script; anything else is a data block that never runs.
const JAVASCRIPT_TYPES = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript)|text\/javascript1\.[0-5])$/i;

/** Inline <script> elements that run (not data blocks, not external scripts). */
export function inlineScripts(root: Node): string[] {
  return [...elements(root)]
    .filter((el) => el.tagName === "script" && attribute(el, "src") === undefined && JAVASCRIPT_TYPES.test((attribute(el, "type") ?? "").trim()))
    .map(rawText);
}

/** Inline <style> elements. */
export function inlineStyles(root: Node): string[] {
  return [...elements(root)].filter((el) => el.tagName === "style").map(rawText);
}
