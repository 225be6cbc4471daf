import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** The folders whose code reaches the site or runs it (tests and benchmarks use devDependencies). */
const SOURCE_FOLDERS = ["app", "components", "lib", "locales", "scripts", "editor"];

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .flatMap((entry) => (entry.isFile() && /\.(ts|tsx|mjs|css)$/.test(entry.name) ? [path.join(entry.parentPath, entry.name)] : []));
}

/** A package named in an import, a dynamic import(), a require() or a CSS @import, with or without a subpath. */
function importsOf(source: string): Set<string> {
  const names = new Set<string>();
  for (const [, specifier] of source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire(?:\.resolve)?\(\s*|@import\s+)["']([^"'.][^"']*)["']/g)) {
    const parts = specifier!.split("/");
    names.add(specifier!.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!);
  }
  return names;
}

describe("package.json", () => {
  it("lists as a runtime dependency only packages the site's code imports", () => {
    const { dependencies } = JSON.parse(fs.readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    const imported = new Set(SOURCE_FOLDERS.flatMap(sourceFiles).flatMap((file) => [...importsOf(fs.readFileSync(file, "utf8"))]));
    expect(Object.keys(dependencies).filter((name) => !imported.has(name))).toEqual([]);
  });

  it("pins every dependency to one exact version", () => {
    const { dependencies, devDependencies } = JSON.parse(fs.readFileSync("package.json", "utf8")) as Record<string, Record<string, string>>;
    const loose = Object.entries({ ...dependencies, ...devDependencies }).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version));
    expect(loose).toEqual([]);
  });
});
