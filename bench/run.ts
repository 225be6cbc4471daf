/**
 * npm run bench — measures the built site as production serves it, and prints a Markdown
 * report (also written to reports/bench.md). Not part of npm test: it takes several minutes.
 *
 *   SITE_URL=https://www.example.gov.cn npm run build && npm run bench
 *   (a build for publication: a preview build's robots.txt keeps search engines out, which costs it Lighthouse's SEO score)
 *   npm run bench -- --skip-scaling       (everything but build scaling)
 *   --skip-lighthouse, --skip-taps, --skip-load, --skip-editor, --runs=N
 *
 * Everything it starts listens on 127.0.0.1 only, and stops when it ends.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { htmlFiles, pageAddress } from "@/scripts/lib/export-files";
import { CSP_MAPS_FILE, EXPORT_DIR } from "@/scripts/lib/build-paths";
import { BROTLI_STATIC_MODULE, NGINX_BINARY, startNginx } from "@/scripts/lib/nginx-server";
import { allModules, BUDGETS, kb, pageWeight, type PageWeight } from "@/scripts/lib/page-weight";
import { CHROMIUM_PATH } from "@/tests/support/chromium";
import { writeBaseline } from "./baseline";
import { ELDER_MODE, elderModeInitScript, toolbarOpenInitScript } from "./display-modes";
import { measureFirstTaps, measureVisit, type TapFigures, type VisitFigures } from "./first-tap";
import { openLighthouse, type LighthouseFigures, type Preset } from "./lighthouse";
import { runWrk, type LoadFigures } from "./load";
import { measureBuild, type BuildMeasure } from "./scaling";

const SITE_PORT = Number(process.env.NGINX_BENCH_PORT ?? 8478);
const BASELINE_PORT = SITE_PORT + 1;
const WORK_DIR = path.resolve(".cache", "bench");
const REPORT = path.resolve("reports", "bench.md");
const skip = new Set(
  process.argv
    .slice(2)
    .filter((arg) => arg.startsWith("--skip-"))
    .map((arg) => arg.slice(7)),
);

const PAGES = [
  { name: "home", address: "/" },
  { name: "section (一)", address: "/sections/biomedicine/" },
  { name: "projects", address: "/projects/" },
  { name: "search", address: "/search/" },
];
/** How a returning reader may open a page: as is, in elder mode, or with the toolbar left open. */
const MODES = {
  default: undefined,
  elder: elderModeInitScript(),
  "toolbar open": toolbarOpenInitScript(),
} as const;
const PRESETS: Preset[] = ["mobile", "desktop"];
const RUNS = Number(process.argv.find((arg) => arg.startsWith("--runs="))?.slice(7) ?? 3);

/** Lighthouse's advice for noisy machines: several runs, and the median one (by performance score, then LCP). */
async function medianRun(run: () => Promise<LighthouseFigures>): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = [];
  for (let i = 0; i < RUNS; i += 1) results.push(await run());
  results.sort((a, b) => a.performance - b.performance || b.lcp - a.lcp);
  return results[Math.floor(results.length / 2)] as LighthouseFigures;
}

interface LighthouseRow {
  page: string;
  mode: string;
  preset: Preset;
  figures: LighthouseFigures;
}

const ms = (value: number) => `${Math.round(value)} ms`;
const ratio = (value: number, base: number) => (base > 0 ? `${(value / base).toFixed(2)}×` : "–");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const tick = (ok: boolean) => (ok ? "✓" : "✗");

function machine(): string {
  // Some tools (nginx -v) print their version on stderr.
  const version = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { encoding: "utf8" });
    return `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
  };
  const commit = version("git", ["rev-parse", "--short", "HEAD"]);
  const nginx = version(NGINX_BINARY, ["-v"]).replace("nginx version: ", "");
  // (Debian's chromium wrapper script prints noise on stderr: keep stdout.)
  const chromium = spawnSync(CHROMIUM_PATH, ["--version"], { encoding: "utf8" }).stdout.trim();
  const load = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(", ");
  return `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, commit ${commit}; ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load average ${load} at the start (1, 5, 15 min); Node ${process.version}, ${nginx}, ${chromium}, Lighthouse 12.2.3.`;
}

async function lighthouseRuns(): Promise<{ rows: LighthouseRow[]; baseline: Map<Preset, LighthouseFigures>; elderStyled: boolean }> {
  const baselineSite = writeBaseline(path.join(WORK_DIR, "baseline"));
  const site = await startNginx({ root: EXPORT_DIR, port: SITE_PORT, cspMapsFile: CSP_MAPS_FILE, workerProcesses: "auto" });
  const base = await startNginx({ root: baselineSite.root, port: BASELINE_PORT, cspMapsFile: baselineSite.cspMapsFile, workerProcesses: "auto" });
  const lighthouse = await openLighthouse();
  const rows: LighthouseRow[] = [];
  const baseline = new Map<Preset, LighthouseFigures>();
  try {
    for (const preset of PRESETS) {
      console.error(`lighthouse: baseline, ${preset}`);
      baseline.set(preset, await medianRun(() => lighthouse.run(base.origin + baselineSite.page, preset)));
    }
    for (const { name, address } of PAGES) {
      for (const [mode, initScript] of Object.entries(MODES)) {
        for (const preset of PRESETS) {
          console.error(`lighthouse: ${name}, ${mode}, ${preset}`);
          const figures = await medianRun(() => lighthouse.run(site.origin + address, preset, initScript));
          rows.push({ page: name, mode, preset, figures });
        }
      }
    }
  } finally {
    await site.stop();
    await base.stop();
  }
  // Whether any stylesheet of the build responds to the elder-mode attribute at all.
  const attribute = `[${ELDER_MODE.htmlAttribute}`;
  const elderStyled = htmlFiles(EXPORT_DIR).some((file) => fs.readFileSync(file, "utf8").includes(attribute));
  return { rows, baseline, elderStyled };
}

function lighthouseSection(result: Awaited<ReturnType<typeof lighthouseRuns>>): string {
  const { rows, baseline, elderStyled } = result;
  const line = (page: string, mode: string, preset: Preset, f: LighthouseFigures, base?: LighthouseFigures) =>
    `| ${page} | ${mode} | ${preset} | ${f.performance} | ${f.accessibility} | ${f.bestPractices} | ${f.seo} | ${ms(f.lcp)} | ${ms(f.tbt)} | ${f.cls.toFixed(3)} | ${kb(f.bytes)} | ${base ? ratio(f.lcp, base.lcp) : "1.00×"} | ${base ? ratio(f.bytes, base.bytes) : "1.00×"} |`;
  const table = [
    "| page | mode | preset | performance | accessibility | best practices | SEO | LCP | TBT | CLS | bytes | LCP ÷ baseline | bytes ÷ baseline |",
    "| --- | --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |",
    ...PRESETS.map((preset) => {
      const f = baseline.get(preset);
      return f ? line("baseline: section (一), hand-written", "–", preset, f) : "";
    }),
    ...rows.map((row) => line(row.page, row.mode, row.preset, row.figures, baseline.get(row.preset))),
  ];
  const mobile = rows.filter((row) => row.preset === "mobile");
  const allMobile100 = mobile.every((row) => row.figures.performance === 100);
  const allCategories100 = rows.every((row) => row.figures.accessibility === 100 && row.figures.bestPractices === 100 && row.figures.seo === 100);
  const noShift = rows.every((row) => row.figures.cls === 0);
  const lcpGoal = rows.every((row) => row.figures.lcp <= 1.1 * (baseline.get(row.preset)?.lcp ?? Number.POSITIVE_INFINITY));
  const missed = [...rows.map((row) => ({ label: `${row.page}, ${row.mode}, ${row.preset}`, missed: row.figures.missed }))]
    .filter((row) => row.missed.length)
    .map((row) => `- ${row.label}: ${row.missed.join("; ")}`);
  const lcpElements = [...new Set(rows.map((row) => `${row.page}: ${row.figures.lcpElement}`))].map((text) => `- ${text}`);
  return [
    "## Lighthouse",
    "",
    `Served by nginx with the shipped \`deploy/nginx.conf\` and the precompressed files (${compression()}), on 127.0.0.1. Mobile is`,
    `Lighthouse's default (simulated slow 4G and 4× CPU slowdown), desktop its desktop preset. Each row is the median of ${RUNS} runs.`,
    "",
    ...table.filter(Boolean),
    "",
    `- Goal: Lighthouse mobile performance 100 on every page — ${tick(allMobile100)}`,
    `- Goal: accessibility, best practices and SEO 100 on every page and mode — ${tick(allCategories100)}`,
    `- Goal: LCP within 1.1× of the baseline — ${tick(lcpGoal)}`,
    `- Goal: CLS 0 on every page and mode, the toolbar left open included — ${tick(noShift)}`,
    elderStyled
      ? `- Elder mode: stored as a returning reader has it (bench/display-modes.ts); the boot script sets \`${ELDER_MODE.htmlAttribute}\` before the first paint.`
      : `- Elder mode: stored as a returning reader has it (bench/display-modes.ts), but no style of this build responds to \`${ELDER_MODE.htmlAttribute}\`, so the elder rows measure the default look.`,
    "",
    "Largest Contentful Paint element:",
    "",
    ...lcpElements,
    "",
    ...(missed.length ? ["Audits that did not score full marks:", "", ...missed, ""] : ["Every weighted audit scored full marks.", ""]),
  ].join("\n");
}

/** Which precompressed files nginx sends to a browser that accepts both. */
function compression(): string {
  return fs.existsSync(BROTLI_STATIC_MODULE) ? "brotli, as `deploy/site.conf.example` sets up" : "gzip: nginx has no brotli module here";
}

function pageWeightSection(): { text: string; ok: boolean } {
  const weights = htmlFiles(EXPORT_DIR).map((file) => ({ address: pageAddress(EXPORT_DIR, file), weight: pageWeight(EXPORT_DIR, file) }));
  const heaviest = (filter: (address: string) => boolean) =>
    weights.filter(({ address }) => filter(address)).sort((a, b) => b.weight.html + b.weight.js - (a.weight.html + a.weight.js))[0];
  const types: [string, { address: string; weight: PageWeight } | undefined][] = [
    ["home", heaviest((a) => a === "/")],
    ["section (heaviest)", heaviest((a) => a.startsWith("/sections/"))],
    ["projects", heaviest((a) => a === "/projects/")],
    ["search", heaviest((a) => a === "/search/")],
    ["not found", heaviest((a) => a === "/404.html")],
  ];
  const rows = types
    .filter(([, entry]) => entry)
    .map(([type, entry]) => {
      const { address, weight: w } = entry as { address: string; weight: PageWeight };
      return `| ${type} | \`${address}\` | ${kb(w.html)} (${kb(w.inlineCss)}) | ${kb(w.externalCss)} | ${kb(w.html + w.externalCss)} | ${kb(w.js)} |`;
    });
  const modules = allModules(EXPORT_DIR);
  const allJs = modules.reduce((sum, m) => sum + m.gzip, 0);
  const maxPageJs = Math.max(...weights.map(({ weight }) => weight.js));
  const maxHtmlCss = Math.max(...weights.map(({ weight }) => weight.html + weight.externalCss));
  const checks = [
    [`scripts a page loads with it ≤ ${kb(BUDGETS.pageJs)}`, maxPageJs, BUDGETS.pageJs],
    [`every module of the site together ≤ ${kb(BUDGETS.allModulesJs)}`, allJs, BUDGETS.allModulesJs],
    [`HTML + CSS ≤ ${kb(BUDGETS.htmlAndCss)}`, maxHtmlCss, BUDGETS.htmlAndCss],
  ] as const;
  const text = [
    "## Page weight (gzip -9, from out/)",
    "",
    "HTML includes the inlined stylesheet (its share in brackets). JS is what the page loads with it: the site's entry",
    "module and the chunk it preloads; no framework reaches the browser. The modules loaded on demand are listed below.",
    "",
    "| page type | page | HTML (inlined CSS) | CSS files | HTML + CSS | JS on load |",
    "| --- | --- | --: | --: | --: | --: |",
    ...rows,
    "",
    "| module file | gzip |",
    "| --- | --: |",
    ...modules.map((m) => `| \`${m.file}\` | ${kb(m.gzip)} |`),
    `| **all modules** | **${kb(allJs)}** |`,
    "",
    ...checks.map(([label, value, budget]) => `- Budget: ${label} — largest ${kb(value)} ${tick(value <= budget)}`),
    "",
  ].join("\n");
  return { text, ok: checks.every(([, value, budget]) => value <= budget) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function firstTapSection(origin: string): Promise<{ text: string; ok: boolean }> {
  console.error("first tap: 长者助手, 无障碍, 黑底黄字 on a section page, mobile throttling");
  const taps: TapFigures[] = await measureFirstTaps(`${origin}/sections/biomedicine/`, RUNS * 2 + 1);
  const ok = taps.every((tap) => median(tap.samples) <= 100);
  const text = [
    "## First tap",
    "",
    "A fresh page of section (一) on a phone (412 × 823, touch) under Lighthouse's mobile conditions (150 ms round trip,",
    "1.6 Mbps down, 750 kbps up, CPU slowed 4×, applied by DevTools), served by nginx as above. Each control is tapped",
    "first thing once its controls have appeared (for the scheme, the toolbar is opened first). Time is from the tap's",
    '`pointerdown` to the first frame drawn after the page changed. "Controls ready" is when the page\'s modules had',
    "started (DOMContentLoaded), from the start of navigation; before that the controls are not shown.",
    "",
    "| control | taps | median tap → effect | slowest | median controls ready |",
    "| --- | --: | --: | --: | --: |",
    ...taps.map(
      (tap) => `| ${tap.control} | ${tap.samples.length} | ${ms(median(tap.samples))} | ${ms(Math.max(...tap.samples))} | ${ms(median(tap.ready))} |`,
    ),
    "",
    `- Goal: median tap → effect ≤ 100 ms for each — ${tick(ok)}`,
    "",
  ].join("\n");
  return { text, ok };
}

async function visitSection(origin: string): Promise<{ text: string; ok: boolean }> {
  console.error("script over a visit");
  const visit: VisitFigures = await measureVisit(origin);
  const sectionSteps = visit.steps.filter((step) => !step.step.includes("search"));
  const sectionTotal = sectionSteps.reduce((sum, step) => sum + step.ownScript + step.otherScript, 0);
  const ok = sectionTotal <= BUDGETS.allModulesJs && visit.steps.slice(0, -1).every((step) => step.otherScript === 0);
  const text = [
    "## Script over a visit",
    "",
    "The same phone, cache empty at the start: script bytes fetched (as sent: compressed) at each step of a visit.",
    '"Own" is the site\'s modules (`/assets/js/`); "other" is anything else, which may only be Pagefind\'s files, only',
    "when a search is made.",
    "",
    "| step | own script | other script | files |",
    "| --- | --: | --: | --- |",
    ...visit.steps.map(
      (step) => `| ${step.step} | ${kb(step.ownScript)} | ${kb(step.otherScript)} | ${step.requests.map((file) => `\`${file}\``).join(", ") || "–"} |`,
    ),
    `| **section page visit, in all** | **${kb(sectionTotal)}** | | |`,
    "",
    `- Goal: ≤ ${kb(BUDGETS.allModulesJs)} of script over a whole visit to a section page; Pagefind's files only when a search is made — ${tick(ok)}`,
    "",
  ].join("\n");
  return { text, ok };
}

async function loadSection(): Promise<{ text: string; figures: LoadFigures }> {
  const site = await startNginx({ root: EXPORT_DIR, port: SITE_PORT, cspMapsFile: CSP_MAPS_FILE, workerProcesses: "auto" });
  try {
    console.error("wrk: 10 s on a section page");
    const figures = await runWrk(`${site.origin}/sections/biomedicine/`);
    const text = [
      "## Load (wrk)",
      "",
      "nginx (shipped config, `worker_processes auto`) serving `out/`; wrk on the same 2-core machine, so both share the CPU.",
      "Requests ask for gzip, as browsers do, and get the precompressed file.",
      "",
      "| URL | time | threads | connections | requests | requests/s | transfer/s | p50 | p75 | p90 | p99 | socket errors | non-2xx |",
      "| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |",
      `| \`${new URL(figures.url).pathname}\` | ${figures.seconds} s | ${figures.threads} | ${figures.connections} | ${figures.requests} | ${Math.round(figures.requestsPerSecond)} | ${figures.transferPerSecond} | ${figures.latency.p50} | ${figures.latency.p75} | ${figures.latency.p90} | ${figures.latency.p99} | ${figures.errors} | ${figures.non2xx} |`,
      "",
      `- Errors must be 0 — ${tick(figures.errors === 0 && figures.non2xx === 0)}`,
      "",
    ].join("\n");
    return { text, figures };
  } finally {
    await site.stop();
  }
}

async function scalingSection(): Promise<string> {
  const measures: BuildMeasure[] = [];
  for (const size of ["real", 100, 500] as const) {
    console.error(`build scaling: ${size === "real" ? "the real content" : `${size} sections`}`);
    measures.push(await measureBuild(size));
  }
  const [, hundred, fiveHundred] = measures;
  const perPage =
    hundred && fiveHundred
      ? {
          seconds: (fiveHundred.seconds - hundred.seconds) / (fiveHundred.pages - hundred.pages),
          memory: (fiveHundred.peakRss - hundred.peakRss) / (fiveHundred.pages - hundred.pages),
          cpu:
            fiveHundred.cpuSeconds !== undefined && hundred.cpuSeconds !== undefined
              ? (fiveHundred.cpuSeconds - hundred.cpuSeconds) / (fiveHundred.pages - hundred.pages)
              : undefined,
        }
      : undefined;
  return [
    "## Build scaling",
    "",
    "`npm run build` (content check, browser modules, `next build`, Pagefind, runtime removal, CSP hashes and precompression) in a fresh copy of the project, with no",
    "build cache, each of its commands run and timed as npm runs it. Generated sections reuse the real sections' text. Peak memory is the largest sum of resident memory",
    "of npm and every process it started, sampled every 100 ms from /proc.",
    "",
    "| content | sections | pages | build time (wall) | CPU time (user + system) | peak memory | load average at start |",
    "| --- | --: | --: | --: | --: | --: | --: |",
    ...measures.map(
      (m, index) =>
        `| ${index === 0 ? "real" : "generated"} | ${m.sections} | ${m.pages} | ${m.seconds.toFixed(1)} s | ${m.cpuSeconds === undefined ? "–" : `${m.cpuSeconds.toFixed(1)} s`} | ${mb(m.peakRss)} | ${m.loadBefore.toFixed(1)} |`,
    ),
    "",
    "Time of each step of the build (wall time; the commands of `npm run build` in order, then the parts of postbuild):",
    "",
    `| step | ${measures.map((m, index) => (index === 0 ? "real" : `${m.sections} sections`)).join(" | ")} |`,
    `| --- | ${measures.map(() => "--:").join(" | ")} |`,
    ...(measures[0]?.steps ?? []).map(
      ({ step }) => `| ${step} | ${measures.map((m) => `${(m.steps.find((s) => s.step === step)?.seconds ?? Number.NaN).toFixed(1)} s`).join(" | ")} |`,
    ),
    "",
    perPage
      ? `Cost per added page (100 → 500 sections): ${(perPage.seconds * 1000).toFixed(0)} ms of wall time, ${perPage.cpu === undefined ? "–" : `${(perPage.cpu * 1000).toFixed(0)} ms of CPU time`}, ${perPage.memory > 0 ? `${(perPage.memory / 1024).toFixed(0)} KB of peak memory` : "no measurable growth of peak memory (it is set by compiling, not by the number of pages)"}. Wall time depends on what else the machine is doing (see the load average); CPU time much less.`
      : "",
    "",
  ].join("\n");
}

/** The editor's round trip, by the browser test that performs it (tests/e2e/editor.spec.ts), run alone. */
function editorSection(): { text: string; ok: boolean } {
  console.error("editor round trip: open → edit → save → visible in the preview");
  const figuresFile = path.join(WORK_DIR, "editor-round-trip.jsonl");
  fs.rmSync(figuresFile, { force: true });
  const run = spawnSync(
    "npx",
    ["playwright", "test", "tests/e2e/editor.spec.ts", "-g", "a sentence changed", `--repeat-each=${RUNS}`, "--workers=1", "--reporter=line"],
    {
      encoding: "utf8",
      env: { ...process.env, EDITOR_FIGURES: figuresFile },
    },
  );
  const runs = fs.existsSync(figuresFile)
    ? fs
        .readFileSync(figuresFile, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { roundTrip: number; opening: number; afterSave: number })
    : [];
  const ok = run.status === 0 && runs.length === RUNS && median(runs.map((r) => r.roundTrip)) <= 5000;
  const text = [
    "## Editor round trip",
    "",
    "`npm run edit` on this machine, driven by its browser test run alone: a section opened in the editor (its page",
    "shown beside the form), one sentence changed, published, and the changed sentence visible in the preview. Reading",
    "and typing are left out: open is click → page beside the form; save → visible is the publish click → sentence shown.",
    "",
    "| run | open | save → visible | round trip |",
    "| --: | --: | --: | --: |",
    ...runs.map((r, i) => `| ${i + 1} | ${ms(r.opening)} | ${ms(r.afterSave)} | ${ms(r.roundTrip)} |`),
    "",
    runs.length === RUNS
      ? `- Goal: median round trip ≤ 5 s — ${tick(ok)}`
      : `- The test did not complete (${runs.length} of ${RUNS} runs): ${tick(false)}\n\n\`\`\`\n${run.stdout.slice(-2000)}\n\`\`\``,
    "",
  ].join("\n");
  return { text, ok };
}

async function main() {
  if (!fs.existsSync(path.join(EXPORT_DIR, "index.html")) || !fs.existsSync(CSP_MAPS_FILE)) {
    throw new Error("No complete build: run `npm run build:preview` (or a build for publication) first.");
  }
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const parts: string[] = ["# Benchmark report", "", `Measured ${machine()}`, ""];
  let failed = false;
  const weight = pageWeightSection();
  failed ||= !weight.ok;
  if (!skip.has("lighthouse")) parts.push(lighthouseSection(await lighthouseRuns()));
  if (!skip.has("taps")) {
    const site = await startNginx({ root: EXPORT_DIR, port: SITE_PORT, cspMapsFile: CSP_MAPS_FILE, workerProcesses: "auto" });
    try {
      for (const section of [await firstTapSection(site.origin), await visitSection(site.origin)]) {
        failed ||= !section.ok;
        parts.push(section.text);
      }
    } finally {
      await site.stop();
    }
  }
  parts.push(weight.text);
  if (!skip.has("editor")) {
    const editor = editorSection();
    failed ||= !editor.ok;
    parts.push(editor.text);
  }
  // The load test runs before the (heavy) build-scaling one; the report keeps the issue's order.
  const load = skip.has("load") ? undefined : await loadSection();
  if (!skip.has("scaling")) parts.push(await scalingSection());
  if (load) {
    failed ||= load.figures.errors > 0 || load.figures.non2xx > 0;
    parts.push(load.text);
  }
  const report = parts.join("\n").replace(/\n{3,}/g, "\n\n");
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, report);
  console.log(report);
  if (failed) {
    console.error("✗ A budget was broken or the load test had errors.");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
