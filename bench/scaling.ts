import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { POSTBUILD_TIMINGS_PREFIX } from "@/scripts/lib/build-paths";
import { htmlFiles } from "@/scripts/lib/export-files";
import { copyProject } from "@/tests/support/project-copy";

/**
 * Build time and peak memory of `npm run build`, in a copy of the project (cold, no
 * webpack cache), with the real content or with generated sections added to it.
 */

export interface BuildMeasure {
  sections: number;
  pages: number;
  seconds: number;
  /** Highest sum of resident memory of npm and every process it started (bytes). */
  peakRss: number;
  /** User + system CPU time of npm and every process it started (from /usr/bin/time), if available. */
  cpuSeconds?: number;
  /** The machine's 1-minute load average when the build started: other work slows the wall time. */
  loadBefore: number;
  /** Wall time of each step of the build, in order (the commands of package.json, then the parts of postbuild). */
  steps: { step: string; seconds: number }[];
}

/**
 * The commands `npm run build` runs, read from package.json (prebuild, build, postbuild,
 * each split at &&), so the benchmark times each one as the build runs it.
 */
function buildCommands(dir: string): string[] {
  const scripts = (JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  return ["prebuild", "build", "postbuild"].flatMap((name) =>
    (scripts[name] ?? "")
      .split("&&")
      .map((command) => command.trim())
      .filter(Boolean),
  );
}

/** A short name for a build command: "tsx scripts/check-content.ts" → "check-content", "next build" → "next build". */
const stepName = (command: string) => /scripts\/([\w-]+)\.ts/.exec(command)?.[1] ?? command;

const TIME = "/usr/bin/time";

/** Fills the copy's content with `total` sections: the real nine, then generated ones made of their text. */
function generateSections(contentDir: string, total: number) {
  const sectionsDir = path.join(contentDir, "zh-CN", "sections");
  const real = fs
    .readdirSync(sectionsDir)
    .filter((name) => name.endsWith(".md"))
    .sort();
  const bodies = real.map((name) => fs.readFileSync(path.join(sectionsDir, name), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""));
  // Links to other pages would point at real sections only: keep the text, drop its links.
  const unlinked = bodies.map((body) => body.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"));
  for (let order = real.length + 1; order <= total; order += 1) {
    const body = unlinked[order % unlinked.length] ?? "";
    fs.writeFileSync(
      path.join(sectionsDir, `${String(order).padStart(3, "0")}-generated.md`),
      `---\norder: ${order}\nslug: generated-${order}\ntitle: 第${order}节：生成的章节，用于测量构建规模。\n---\n${body}`,
    );
  }
}

function processTreeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may hold spaces): state ppid … ; rss is field 24.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      const pid = Number(entry);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export async function measureBuild(totalSections: number | "real"): Promise<BuildMeasure> {
  const copy = copyProject(`scale-${totalSections}`);
  try {
    if (totalSections !== "real") generateSections(path.join(copy.dir, "content"), totalSections);
    const sections = fs.readdirSync(path.join(copy.dir, "content", "zh-CN", "sections")).filter((n) => n.endsWith(".md")).length;
    const loadBefore = os.loadavg()[0] ?? 0;
    const env = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_PREVIEW: "1",
      PATH: `${path.resolve("node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`,
    };
    const measure = { seconds: 0, cpuSeconds: 0 as number | undefined, peakRss: 0, steps: [] as BuildMeasure["steps"] };
    for (const command of buildCommands(copy.dir)) {
      const step = await runStep(command, copy.dir, env, `${totalSections}-${stepName(command)}`);
      measure.seconds += step.seconds;
      measure.cpuSeconds = measure.cpuSeconds === undefined || step.cpuSeconds === undefined ? undefined : measure.cpuSeconds + step.cpuSeconds;
      measure.peakRss = Math.max(measure.peakRss, step.peakRss);
      const parts = step.output.split("\n").find((line) => line.startsWith(POSTBUILD_TIMINGS_PREFIX));
      if (parts) {
        // postbuild: its own parts, as it reports them ("search index 1.20 s · runtime removal 0.31 s · …").
        for (const part of parts.slice(POSTBUILD_TIMINGS_PREFIX.length).split("·")) {
          const match = /^\s*(.+?) ([\d.]+) s\s*$/.exec(part);
          if (match) measure.steps.push({ step: `postbuild: ${match[1]}`, seconds: Number(match[2]) });
        }
      } else {
        measure.steps.push({ step: stepName(command), seconds: step.seconds });
      }
    }
    return { sections, pages: htmlFiles(path.join(copy.dir, "out")).length, loadBefore, ...measure };
  } finally {
    copy.remove();
  }
}

/** One command of the build, timed, with its peak memory and (where /usr/bin/time exists) its CPU time. */
async function runStep(command: string, cwd: string, env: NodeJS.ProcessEnv, label: string) {
  const started = process.hrtime.bigint();
  // CPU time, unlike wall time, hardly changes when other work shares the machine.
  const timed = fs.existsSync(TIME);
  const cpuFile = path.join(cwd, "..", `cpu-${label}.txt`);
  const [program, args] = timed ? [TIME, ["-f", "%U %S", "-o", cpuFile, "sh", "-c", command]] : ["sh", ["-c", command]];
  const child = spawn(program, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let peakRss = 0;
  const poll = setInterval(() => {
    if (child.pid) peakRss = Math.max(peakRss, processTreeRss(child.pid));
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) throw new Error(`${command} (${label}) failed:\n${output.slice(-4000)}`);
  const cpu = timed ? fs.readFileSync(cpuFile, "utf8").trim().split(/\s+/).slice(-2).map(Number) : [];
  fs.rmSync(cpuFile, { force: true });
  const cpuSeconds = cpu.length === 2 ? (cpu[0] ?? 0) + (cpu[1] ?? 0) : undefined;
  return { seconds, peakRss, cpuSeconds, output };
}
