import fs from "node:fs";
import path from "node:path";
import { attribute, elements, htmlFiles, pageAddress, parseHtml, type Element } from "./export-files";

/**
 * Checks every link and resource reference of the export as a browser on the site would
 * follow it: the file must exist in out/ (a folder address needs its final slash and an
 * index.html), and a #fragment must name an element of the target page.
 */

export interface BrokenLink {
  /** The page that holds the link, as its address (/sections/x/). */
  page: string;
  line: number;
  href: string;
  reason: string;
}

const ORIGIN = "https://site.invalid";

const REFERENCES: [tag: string, attr: string][] = [
  ["a", "href"],
  ["area", "href"],
  ["link", "href"],
  ["script", "src"],
  ["img", "src"],
  ["source", "src"],
  ["iframe", "src"],
  ["form", "action"],
];

export function checkLinks(outDir: string, siteOrigins: string[] = []): { checked: number; broken: BrokenLink[] } {
  const internal = new Set([ORIGIN, ...siteOrigins.map((origin) => new URL(origin).origin)]);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set();
      for (const element of elements(parseHtml(fs.readFileSync(file, "utf8")))) {
        const id = attribute(element, "id");
        if (id) ids.add(id);
        const name = element.tagName === "a" ? attribute(element, "name") : undefined;
        if (name) ids.add(name);
      }
      idCache.set(file, ids);
    }
    return ids;
  };

  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of htmlFiles(outDir)) {
    const page = pageAddress(outDir, file);
    for (const element of elements(parseHtml(fs.readFileSync(file, "utf8")))) {
      const hrefs = REFERENCES.filter(([tag]) => element.tagName === tag).map(([, attr]) => attribute(element, attr));
      for (const href of hrefs) {
        if (href === undefined) continue;
        const report = (reason: string) => broken.push({ page, line: lineOf(element), href, reason });
        let url: URL;
        try {
          url = new URL(href, ORIGIN + page);
        } catch {
          report("not a valid URL");
          continue;
        }
        if (!internal.has(url.origin)) continue;
        checked += 1;
        let target: string;
        try {
          target = path.join(outDir, decodeURIComponent(url.pathname));
        } catch {
          report("the path is not valid percent-encoding");
          continue;
        }
        if (url.pathname.endsWith("/")) target = path.join(target, "index.html");
        else if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
          report(`a folder without its final slash: costs a redirect; write ${url.pathname}/`);
          continue;
        }
        if (!fs.existsSync(target) || !fs.statSync(target).isFile()) {
          report(`no such file in the export: ${path.relative(outDir, target)}`);
          continue;
        }
        const fragment = url.hash.slice(1);
        if (!fragment || !target.endsWith(".html")) continue;
        const id = decodeURIComponent(fragment);
        if (!idsOf(target).has(id)) report(`the page ${pageAddress(outDir, target)} has no element with id "${id}"`);
      }
    }
  }
  return { checked, broken };
}

function lineOf(element: Element): number {
  return element.sourceCodeLocation?.startLine ?? 0;
}
