import { execFile } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeAudit } from "@/scripts/lib/npm-audit";
import { tempDir } from "./temp-dir";

/**
 * `npm run check:dependencies` runs the real `npm audit` against a registry on loopback
 * that answers as the real one may: with a high advisory, a moderate one, or a refusal.
 */

type Mode = "high" | "moderate" | "refuse";

/** The advisories the registry reports for the project's `yaml` package, by mode. */
function advisories(mode: Mode) {
  const severity = mode === "high" ? "high" : "moderate";
  return {
    yaml: [
      {
        id: 1,
        url: "https://advisories.invalid/1",
        title: `Test advisory (${severity})`,
        severity,
        vulnerable_versions: "<=2.9.1",
        cwe: [],
        cvss: { score: 7.5, vectorString: null },
      },
    ],
  };
}

let registry: http.Server;
let port = 0;
beforeAll(async () => {
  registry = http.createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const mode = request.url?.split("/")[1] as Mode;
      if (request.method === "POST" && request.url?.endsWith("/-/npm/v1/security/advisories/bulk")) {
        if (mode === "refuse") {
          response.writeHead(405, { Allow: "GET,HEAD" }).end();
        } else {
          response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(advisories(mode)));
        }
        return;
      }
      // Package documents (npm asks for them to say whether a fix exists): none here.
      // A fresh npm cache per run (below), so that every answer is this server's.
      response.writeHead(404, { "Content-Type": "application/json" }).end('{"error":"Not found"}');
    });
  });
  await new Promise<void>((resolve) => registry.listen(0, "127.0.0.1", resolve));
  port = (registry.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => registry.close(() => resolve())));

function checkDependencies(mode: Mode): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["tsx", "scripts/check-dependencies.ts"],
      { env: { ...process.env, npm_config_registry: `http://127.0.0.1:${port}/${mode}/`, npm_config_cache: tempDir("npm-cache"), NO_UPDATE_NOTIFIER: "1" } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

describe("npm run check:dependencies", () => {
  it("fails on a high advisory against any installed package, naming it; passes on a moderate one; says plainly when the registry refuses", async () => {
    const [high, moderate, refused] = await Promise.all([checkDependencies("high"), checkDependencies("moderate"), checkDependencies("refuse")]);
    expect(high.code, high.output).toBe(1);
    expect(high.output).toContain("dependencies have high or critical advisories");
    expect(high.output).toMatch(/ {2}yaml \[high, direct\]: Test advisory \(high\) \(https:\/\/advisories\.invalid\/1\); no fix available yet/);
    // What depends on it is named too (vite's build reads YAML).
    expect(high.output).toMatch(/ {2}vite \[high, direct\]: through yaml/);
    expect(moderate.code, moderate.output).toBe(0);
    expect(moderate.output).toContain("no high or critical advisory in");
    expect(moderate.output).toMatch(/no high or critical advisory in \d+ dependencies \(critical 0, high 0, moderate [1-9]\d*, low 0, info 0\)/);
    expect(refused.code, refused.output).toBe(0);
    expect(refused.output).toContain(
      "⚠ npm audit did not run: the registry refused or could not be reached for the advisory request (HTTP 405 Method Not Allowed",
    );
    expect(refused.output).toContain("no dependency was checked this time. This alone does not fail the run.");
    expect(refused.output).toContain("⚠ npm audit 没有运行");
  }, 120_000);
});

describe("what npm audit answered, judged", () => {
  it("a registry that cannot be reached is not a failure of the project", () => {
    const verdict = judgeAudit(JSON.stringify({ error: { code: "ENOTFOUND", summary: "request to the registry failed", detail: "" } }), "");
    expect(verdict.outcome).toBe("unavailable");
    expect(verdict.message).toContain("ENOTFOUND request to the registry failed");
  });

  it("anything else npm cannot do fails: no lock file, no report", () => {
    expect(judgeAudit(JSON.stringify({ error: { code: "ENOLOCK", summary: "This command requires an existing lockfile." } }), "")).toEqual({
      outcome: "failed",
      message: "✗ npm audit 失败 / npm audit failed: ENOLOCK This command requires an existing lockfile.",
    });
    expect(judgeAudit("", "npm error something broke").outcome).toBe("failed");
  });

  it("a critical advisory fails like a high one", () => {
    const report = {
      auditReportVersion: 2,
      vulnerabilities: {
        pagefind: {
          name: "pagefind",
          severity: "critical",
          isDirect: true,
          via: [{ title: "Example", url: "https://advisories.invalid/2" }],
          fixAvailable: { name: "pagefind", version: "9.9.9" },
        },
      },
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 1, total: 1 }, dependencies: { total: 10 } },
    };
    const verdict = judgeAudit(JSON.stringify(report), "");
    expect(verdict.outcome).toBe("failed");
    expect(verdict.message).toContain("  pagefind [critical, direct]: Example (https://advisories.invalid/2); a fix is available (npm audit fix)");
  });
});
