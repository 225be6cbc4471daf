/**
 * npm run check:dependencies (CI runs it before the tests): `npm audit` over every
 * installed package, development ones included, judged by scripts/lib/npm-audit.ts. A high
 * or critical advisory fails; a registry that does not answer the audit is reported and
 * does not.
 */
import { spawnSync } from "node:child_process";
import { judgeAudit } from "./lib/npm-audit";

const audit = spawnSync("npm", ["audit", "--json", "--audit-level=high"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
if (audit.error) throw audit.error;
const verdict = judgeAudit(audit.stdout, audit.stderr);
(verdict.outcome === "failed" ? console.error : console.log)(verdict.message);
if (verdict.outcome === "failed") process.exitCode = 1;
