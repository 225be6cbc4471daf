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

export function removeTempDirs(): void {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  made.clear();
}
