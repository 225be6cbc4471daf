import fs from "node:fs";
import path from "node:path";

/**
 * Where the browser modules are built (scripts/build-modules.ts) and served from. They
 * are written into public/, so `next build` copies them into the export and `next dev`
 * serves them; their names carry a hash of their content, so they are cached for good.
 */
export const MODULES_PUBLIC_PATH = "/assets/js/";
export const MODULES_OUT_DIR = path.join("public", "assets", "js");
/** What the module build leaves for the pages: the address of the entry module. */
export const MODULES_MANIFEST = path.join(".cache", "site-modules.json");

export interface ModulesManifest {
  /** The entry module every page loads (components/modules.ts), e.g. /assets/js/site-3F2A….js */
  entry: string;
  /** The chunks the entry imports statically (shared code), preloaded with it. */
  preload: string[];
  /** The display modes' boot script, minified (lib/display-modes/boot-script.ts), inlined at the top of every page. */
  bootScript: string;
  /** Every file the build wrote, entry and on-demand chunks, as public addresses. */
  files: string[];
}

/**
 * The manifest, read at render time (once in a build; afresh in `npm run dev`, where the
 * modules are rebuilt as they change). The build of the modules must have run first.
 */
let manifest: ModulesManifest | undefined;
export function modulesManifest(root = process.cwd()): ModulesManifest {
  if (manifest && process.env.NODE_ENV === "production") return manifest;
  const file = path.join(root, MODULES_MANIFEST);
  if (!fs.existsSync(file)) {
    throw new Error(`${MODULES_MANIFEST} is missing: the browser modules have not been built (npm run build:modules).`);
  }
  manifest = JSON.parse(fs.readFileSync(file, "utf8")) as ModulesManifest;
  return manifest;
}
