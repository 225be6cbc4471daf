import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { hydrationMarkup, type HydrationConfig } from "@/lib/hydration";
import { attribute, elements, htmlFiles, parseHtml, rawText, type Element } from "./export-files";

/**
 * The build step behind hydration on first use (lib/hydration.ts). For one exported page:
 * - Next's <script src> tags and their <link rel="preload" as="script"> hints are taken
 *   out and listed in the page's hydration note instead (the nomodule polyfills stay:
 *   browsers that run modules never fetch them);
 * - the inline React Server Components payload (self.__next_f.push([0]) and
 *   push([1, "…"])) is taken out and handed, exactly as the inline scripts carried it,
 *   to `flightAddress`, which writes it to its own file and returns its address;
 * - the note and the loader go where the payload was, at the end of <body>.
 *
 * Anything in a form this step does not know fails the build with the page named: a
 * page that would silently never hydrate must not be published.
 */
export interface DeferredPage {
  html: string;
  scripts: HydrationConfig["scripts"];
}

const BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const PUSH = /^self\.__next_f\.push\(([\s\S]*)\)$/;

export function deferHydration(html: string, flightAddress: (flight: string) => string, name = "page"): DeferredPage {
  const document = parseHtml(html);
  const cuts: { start: number; end: number }[] = [];
  const scripts: HydrationConfig["scripts"] = [];
  const flight: string[] = [];
  let bootstrap = false;
  let body: Element | undefined;
  const cut = (element: Element) => {
    const location = element.sourceCodeLocation;
    if (!location) throw new Error(`${name}: no source position for <${element.tagName}>.`);
    cuts.push({ start: location.startOffset, end: location.endOffset });
  };

  for (const element of elements(document)) {
    if (element.tagName === "body") body = element;
    if (element.tagName === "link" && attribute(element, "rel") === "preload" && attribute(element, "as") === "script") cut(element);
    if (element.tagName !== "script") continue;
    const src = attribute(element, "src");
    if (src !== undefined) {
      if (attribute(element, "nomodule") !== undefined) continue;
      if (attribute(element, "type") !== undefined) throw new Error(`${name}: <script src="${src}"> has a type; only classic scripts can be loaded later.`);
      const id = attribute(element, "id");
      scripts.push(id ? { src, id } : { src });
      cut(element);
      continue;
    }
    const text = rawText(element);
    if (text === BOOTSTRAP) {
      bootstrap = true;
      cut(element);
      continue;
    }
    const push = PUSH.exec(text);
    if (!push) continue;
    const segment = JSON.parse(push[1] ?? "") as unknown;
    if (!Array.isArray(segment) || segment[0] !== 1 || typeof segment[1] !== "string") {
      throw new Error(`${name}: a server-components segment of an unknown kind (${String(Array.isArray(segment) ? segment[0] : segment)}).`);
    }
    flight.push(segment[1]);
    cut(element);
  }

  const end = body?.sourceCodeLocation?.endTag?.startOffset;
  if (!bootstrap || flight.length === 0 || scripts.length === 0 || end === undefined) {
    throw new Error(`${name}: Next's scripts or server-components payload were not found where expected; the page could not be made to hydrate on first use.`);
  }
  const payload = flight.join("");
  let result = html.slice(0, end) + hydrationMarkup({ flight: flightAddress(payload), scripts }) + html.slice(end);
  for (const { start, end: stop } of cuts.sort((a, b) => b.start - a.start)) {
    if (start >= end) throw new Error(`${name}: a script after </body> cannot be moved.`);
    result = result.slice(0, start) + result.slice(stop);
  }
  return { html: result, scripts };
}

/** Where the payloads are written: content-hashed, so they are cached like Next's own chunks. */
export const FLIGHT_DIR = "_next/static/flight";

/** Applies deferHydration to every page of the export; returns how many pages and payload files. */
export function deferHydrationInExport(outDir: string): { pages: number; payloads: number } {
  const written = new Set<string>();
  const files = htmlFiles(outDir);
  fs.mkdirSync(path.join(outDir, FLIGHT_DIR), { recursive: true });
  for (const file of files) {
    const page = deferHydration(
      fs.readFileSync(file, "utf8"),
      (flight) => {
        const name = `${createHash("sha256").update(flight, "utf8").digest("hex").slice(0, 20)}.txt`;
        if (!written.has(name)) {
          fs.writeFileSync(path.join(outDir, FLIGHT_DIR, name), flight);
          written.add(name);
        }
        return `/${FLIGHT_DIR}/${name}`;
      },
      path.relative(outDir, file),
    );
    fs.writeFileSync(file, page.html);
  }
  return { pages: files.length, payloads: written.size };
}
