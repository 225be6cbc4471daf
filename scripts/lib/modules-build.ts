/**
 * Bundles the site's browser modules (components/site.browser.ts and what it imports)
 * with esbuild into public/assets/js/: one entry module every page loads, and a chunk
 * for each part loaded on demand (speech, 十字线, 大字幕, search results). File
 * names carry a hash of their content, so a server may cache them for good. Writes
 * .cache/site-modules.json, from which the pages take the entry's address.
 * (The command is scripts/build-modules.ts.)
 */
import fs from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import { bootScriptSource } from "@/lib/display-modes/boot-script";
import { MODULES_MANIFEST, MODULES_OUT_DIR, MODULES_PUBLIC_PATH, type ModulesManifest } from "@/lib/modules/bundle";

const ENTRY = "components/site.browser.ts";

const options: esbuild.BuildOptions = {
  entryPoints: { site: ENTRY },
  bundle: true,
  splitting: true,
  format: "esm",
  // Module scripts, dynamic import(), optional chaining: every browser of the last years.
  target: "es2020",
  minify: true,
  sourcemap: false,
  legalComments: "none",
  outdir: MODULES_OUT_DIR,
  entryNames: "[name]-[hash]",
  chunkNames: "[name]-[hash]",
  publicPath: MODULES_PUBLIC_PATH,
  metafile: true,
  alias: { "@": "." },
  logLevel: "warning",
};

/** The boot script, serialised from its type-checked function and minified: one text for every page. */
export function bootScript(): string {
  return esbuild.transformSync(bootScriptSource(), { minify: true, target: "es2015", loader: "js" }).code.trim();
}

function writeManifest(result: esbuild.BuildResult) {
  const outputs = Object.entries(result.metafile?.outputs ?? {});
  const address = (file: string) => `${MODULES_PUBLIC_PATH}${path.relative(MODULES_OUT_DIR, file).split(path.sep).join("/")}`;
  const entry = outputs.find(([, output]) => output.entryPoint === ENTRY);
  if (!entry) throw new Error(`esbuild wrote no entry module for ${ENTRY}.`);
  // The chunks the entry imports statically load with it: the page names them for preloading,
  // so they are fetched alongside the entry rather than one round trip after it.
  const preload = entry[1].imports.filter((imported) => imported.kind === "import-statement").map((imported) => address(imported.path));
  const manifest: ModulesManifest = { entry: address(entry[0]), preload, bootScript: bootScript(), files: outputs.map(([file]) => address(file)).sort() };
  fs.mkdirSync(path.dirname(MODULES_MANIFEST), { recursive: true });
  fs.writeFileSync(MODULES_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** One build; returns the manifest and the total size of what it wrote. */
export async function buildModules(): Promise<{ manifest: ModulesManifest; bytes: number }> {
  fs.rmSync(MODULES_OUT_DIR, { recursive: true, force: true });
  const manifest = writeManifest(await esbuild.build(options));
  const bytes = manifest.files.reduce((sum, file) => sum + fs.statSync(path.join("public", file)).size, 0);
  return { manifest, bytes };
}

/** Rebuilds on every change of a module, until the process ends (npm run dev). */
export async function watchModules(): Promise<void> {
  fs.rmSync(MODULES_OUT_DIR, { recursive: true, force: true });
  const context = await esbuild.context({
    ...options,
    plugins: [{ name: "manifest", setup: (build) => build.onEnd((result) => void (result.errors.length === 0 && writeManifest(result))) }],
  });
  await context.watch();
}
