import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * A copy of the project in .cache/sites/<name>/ (gitignored), to build with other content
 * without touching the real out/ and .next/. It lives inside the project folder so that
 * Node, webpack and scripts/postbuild.ts (for Pagefind) find the project's node_modules by
 * walking up.
 */
const SKIP = new Set([
  "node_modules",
  ".next",
  "out",
  ".git",
  ".cache",
  "tests",
  "playwright.config.ts",
  "test-results",
  "playwright-report",
  "blob-report",
  "reports",
  "bench",
  "package-lock.json",
  "next-env.d.ts",
]);

export interface ProjectCopy {
  dir: string;
  contentFile: (relative: string) => string;
  /** `npm run build` in the copy; `env` adds to (or, with undefined, removes from) the environment. */
  build: (env?: Record<string, string | undefined>) => Promise<BuildResult>;
  remove: () => void;
}

export interface BuildResult {
  code: number;
  output: string;
  seconds: number;
}

export function copyProject(name: string, projectDir = process.cwd()): ProjectCopy {
  const dir = path.join(projectDir, ".cache", "sites", name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of fs.readdirSync(projectDir)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(projectDir, entry), path.join(dir, entry), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}deploy${path.sep}generated`),
    });
  }
  return {
    dir,
    contentFile: (relative) => path.join(dir, "content", relative),
    build: (env) => runNpm(dir, ["run", "build"], env),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

function runNpm(cwd: string, args: string[], env: Record<string, string | undefined> = {}): Promise<BuildResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      "npm",
      args,
      { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}\n${stderr}`, seconds: (Date.now() - started) / 1000 });
      },
    );
  });
}
