import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The browser modules of editor/client, as JavaScript: TypeScript's own transpiler strips the
 * types when a module is asked for (no bundler, nothing written to disk). Imports between
 * them are written without extension (`./format`), and `yaml` comes from the page's import
 * map. Used by the editor (editor/server.ts) and the preview (scripts/lib/preview.ts).
 */
const cache = new Map<string, { mtimeMs: number; code: string }>();

export function clientModule(root: string, name: string): string | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) return undefined;
  const file = path.join(root, "editor", "client", `${name}.ts`);
  if (!fs.existsSync(file)) return undefined;
  const { mtimeMs } = fs.statSync(file);
  const cached = cache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.code;
  const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
    fileName: file,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: false },
  });
  cache.set(file, { mtimeMs, code: outputText });
  return outputText;
}

export const JAVASCRIPT = "text/javascript; charset=utf-8";
