import fs from "node:fs";
import path from "node:path";

/**
 * Pagefind writes into out/pagefind/ its search library and the index, and also its
 * ready-made interfaces (pagefind-ui, pagefind-modular-ui, pagefind-component-ui, their
 * CSS) and pagefind-highlight. The site's search (components/search/SearchPanel.tsx)
 * loads only pagefind.js, which loads its worker, pagefind-entry.json, the WebAssembly
 * (wasm.<language>.pagefind) and the index files: everything else is removed, so that
 * only code the site runs is published. A file Pagefind adds in a later version stays
 * out until it is listed here (the search tests would show that it is needed).
 */
const USED_FILES = [/^pagefind\.js$/, /^pagefind-worker\.js$/, /^pagefind-entry\.json$/, /^wasm\.[a-z0-9_-]+\.pagefind$/, /^pagefind\.[a-z0-9_-]+\.pf_meta$/];
const USED_FOLDERS = new Set(["index", "fragment", "filter"]);
/** What the site cannot search without. */
const REQUIRED = ["pagefind.js", "pagefind-worker.js", "pagefind-entry.json"];

/** Removes from `<exportDir>/pagefind/` what the site's search does not load; returns the names removed. */
export function prunePagefind(exportDir: string): string[] {
  const dir = path.join(exportDir, "pagefind");
  for (const name of REQUIRED) {
    if (!fs.existsSync(path.join(dir, name))) throw new Error(`Pagefind wrote no pagefind/${name}: the site's search needs it.`);
  }
  const removed: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    // A precompressed copy goes with its file.
    const name = entry.name.replace(/\.(?:gz|br)$/, "");
    const used = entry.isDirectory() ? USED_FOLDERS.has(entry.name) : USED_FILES.some((pattern) => pattern.test(name));
    if (used) continue;
    fs.rmSync(path.join(dir, entry.name), { recursive: true, force: true });
    removed.push(entry.name);
  }
  return removed.sort();
}
