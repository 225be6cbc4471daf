import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prunePagefind } from "@/scripts/lib/prune-pagefind";
import { tempFiles } from "./temp-dir";

/** What Pagefind 1.6 writes into out/pagefind/ (file contents do not matter here). */
const PAGEFIND_OUTPUT = [
  "pagefind.js",
  "pagefind-worker.js",
  "pagefind-entry.json",
  "wasm.en.pagefind",
  "wasm.unknown.pagefind",
  "pagefind.en_a99036d132.pf_meta",
  "pagefind.zh-cn_1785947cde7f3.pf_meta",
  "index/en_ba72592.pf_index",
  "fragment/en_2d8c274.pf_fragment",
  "filter/en_1234567.pf_filter",
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

describe("only the Pagefind files the site's search loads are published", () => {
  it("keeps the library, its worker, the WebAssembly and the index; removes the ready-made interfaces and the highlighter", () => {
    const out = tempFiles("pagefind", Object.fromEntries(PAGEFIND_OUTPUT.map((file) => [`pagefind/${file}`, "x"])));
    // A precompressed copy of a removed file goes with it.
    fs.writeFileSync(path.join(out, "pagefind", "pagefind-ui.js.gz"), "x");
    const removed = prunePagefind(out);
    expect(removed).toEqual([
      "pagefind-component-ui.css",
      "pagefind-component-ui.js",
      "pagefind-highlight.js",
      "pagefind-modular-ui.css",
      "pagefind-modular-ui.js",
      "pagefind-ui.css",
      "pagefind-ui.js",
      "pagefind-ui.js.gz",
    ]);
    const left = fs.readdirSync(path.join(out, "pagefind"), { recursive: true, encoding: "utf8" }).filter((name) => name.includes("."));
    expect(left.sort()).toEqual(
      PAGEFIND_OUTPUT.slice(0, 10)
        .map((name) => name.split("/").join(path.sep))
        .sort(),
    );
  });

  it("removes anything it does not know, such as a playground folder", () => {
    const out = tempFiles("pagefind", {
      "pagefind/pagefind.js": "x",
      "pagefind/pagefind-worker.js": "x",
      "pagefind/pagefind-entry.json": "{}",
      "pagefind/playground/index.html": "x",
    });
    expect(prunePagefind(out)).toEqual(["playground"]);
  });

  it("fails the build when the library the search page loads is missing", () => {
    const out = tempFiles("pagefind", { "pagefind/pagefind-entry.json": "{}", "pagefind/pagefind-worker.js": "x" });
    expect(() => prunePagefind(out)).toThrow("Pagefind wrote no pagefind/pagefind.js: the site's search needs it.");
  });
});
