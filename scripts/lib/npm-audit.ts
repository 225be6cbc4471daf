/**
 * What `npm audit --json` answered, judged for CI: a high or critical advisory against any
 * installed package fails (development packages count: Pagefind, one of them, is part of
 * the published site); a registry that refuses the audit request or cannot be reached is
 * said plainly and does not fail by itself; anything else npm could not do fails.
 */
export interface AuditVerdict {
  outcome: "passed" | "failed" | "unavailable";
  /** What to print, in Chinese and English. */
  message: string;
}

interface AuditReport {
  auditReportVersion?: number;
  vulnerabilities?: Record<
    string,
    { name: string; severity: string; isDirect?: boolean; via: (string | { title?: string; url?: string; severity?: string })[]; fixAvailable?: unknown }
  >;
  metadata?: { vulnerabilities?: Record<string, number>; dependencies?: { total?: number } };
}

interface AuditFailure {
  message?: string;
  statusCode?: number;
  uri?: string;
  error?: { code?: string; summary?: string; detail?: string };
}

/** Errors of the connection to the registry, not of the project. */
const UNREACHABLE = new Set(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENETUNREACH", "EHOSTUNREACH", "ERR_SOCKET_TIMEOUT"]);

const BLOCKING = ["critical", "high"];

export function judgeAudit(stdout: string, stderr: string): AuditVerdict {
  let parsed: AuditReport & AuditFailure;
  try {
    parsed = JSON.parse(stdout) as AuditReport & AuditFailure;
  } catch {
    return { outcome: "failed", message: `✗ npm audit 的输出无法读取 / npm audit gave no report:\n${stdout}\n${stderr}`.trim() };
  }
  if (parsed.auditReportVersion !== undefined || parsed.metadata?.vulnerabilities) {
    const counts = parsed.metadata?.vulnerabilities ?? {};
    const summary = ["critical", "high", "moderate", "low", "info"].map((level) => `${level} ${counts[level] ?? 0}`).join(", ");
    const checked = parsed.metadata?.dependencies?.total;
    const blocking = Object.values(parsed.vulnerabilities ?? {}).filter((entry) => BLOCKING.includes(entry.severity));
    if (blocking.length === 0) {
      return {
        outcome: "passed",
        message: `✓ npm audit：${checked ?? "全部"} 个依赖包中没有高危或严重漏洞 / no high or critical advisory in ${checked ?? "all"} dependencies (${summary}).`,
      };
    }
    const lines = blocking.map((entry) => {
      const advisories = entry.via.map((via) => (typeof via === "string" ? `through ${via}` : `${via.title ?? "advisory"}${via.url ? ` (${via.url})` : ""}`));
      const fix = entry.fixAvailable ? "a fix is available (npm audit fix)" : "no fix available yet";
      return `  ${entry.name} [${entry.severity}${entry.isDirect ? ", direct" : ""}]: ${advisories.join("; ")}; ${fix}`;
    });
    return {
      outcome: "failed",
      message: [
        `✗ npm audit：${blocking.length} 个依赖包有高危或严重漏洞 / ${blocking.length} dependencies have high or critical advisories (${summary}):`,
        ...lines,
      ].join("\n"),
    };
  }
  const code = parsed.error?.code ?? "";
  if (typeof parsed.statusCode === "number" || UNREACHABLE.has(code)) {
    const why =
      typeof parsed.statusCode === "number"
        ? `HTTP ${parsed.message ?? parsed.statusCode}`
        : `${code}${parsed.error?.summary ? ` ${parsed.error.summary}` : ""}`;
    return {
      outcome: "unavailable",
      message:
        `⚠ npm audit 没有运行：npm 仓库不接受或无法收到漏洞查询（${why}），所以这次没有检查任何依赖包。这一项不算失败。\n` +
        `⚠ npm audit did not run: the registry refused or could not be reached for the advisory request (${why}), so no dependency was checked this time. This alone does not fail the run.`,
    };
  }
  return {
    outcome: "failed",
    message: `✗ npm audit 失败 / npm audit failed: ${parsed.error?.code ?? ""} ${parsed.error?.summary ?? parsed.message ?? stdout}`.trim(),
  };
}
