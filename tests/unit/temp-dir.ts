import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const made = new Set<string>();

/** A new temporary folder, removed when the test file has run (see setup.ts). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nanlang-${prefix}-`));
  made.add(dir);
  return dir;
}

/** Writes `text` to `name` (a relative path, "/"-separated) inside `dir`, making the folders it needs. */
export function writeFile(dir: string, name: string, text: string): void {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** A new temporary folder holding `files`, by relative path. */
export function tempFiles(prefix: string, files: Record<string, string>): string {
  const dir = tempDir(prefix);
  for (const [name, text] of Object.entries(files)) writeFile(dir, name, text);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  made.clear();
}
