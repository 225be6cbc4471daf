import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * `npm run dev` or `npm run edit`, started in a project copy as a person starts it in a
 * terminal (its own process group), and stopped as Ctrl+C stops it: SIGINT to the whole group.
 */
export interface ScriptSession {
  child: ChildProcess;
  output(): string;
  /** Resolves when the output contains `text`; rejects with the output if the script ends first. */
  waitFor(text: string | RegExp, timeoutMs: number): Promise<void>;
  /** Ctrl+C: resolves with the exit code once the script has ended. */
  interrupt(timeoutMs?: number): Promise<number | null>;
  /** Stops whatever is left, for a test that failed half-way. */
  kill(): void;
}

export function startScript(dir: string, script: "dev" | "edit", env: Record<string, string>): ScriptSession {
  const child = spawn("npm", ["run", script], {
    cwd: dir,
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_UPDATE_NOTIFIER: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    output: () => output,
    async waitFor(text, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      let ended = false;
      void exited.then(() => (ended = true));
      while (!(typeof text === "string" ? output.includes(text) : text.test(output))) {
        if (ended || Date.now() > deadline) throw new Error(`npm run ${script} ${ended ? "ended" : "timed out"} before printing ${String(text)}:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async interrupt(timeoutMs = 15_000) {
      if (child.exitCode !== null) return child.exitCode;
      process.kill(-(child.pid ?? 0), "SIGINT");
      const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), timeoutMs));
      const result = await Promise.race([exited, timeout]);
      if (result === "timeout") throw new Error(`npm run ${script} did not stop within ${timeoutMs} ms of Ctrl+C:\n${output}`);
      return result;
    },
    kill() {
      for (const pid of processesIn(dir).map((p) => p.pid)) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
    },
  };
}

/** The processes whose working folder is `dir` or inside it: what a session started and left behind. */
export function processesIn(dir: string): { pid: number; command: string }[] {
  const root = fs.realpathSync(dir);
  return fs.readdirSync("/proc").flatMap((name) => {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) return [];
    try {
      const cwd = fs.readlinkSync(`/proc/${name}/cwd`);
      if (cwd !== root && !cwd.startsWith(root + path.sep)) return [];
      const command = fs.readFileSync(`/proc/${name}/cmdline`, "utf8").replace(/\0/g, " ").trim();
      return [{ pid: Number(name), command }];
    } catch {
      return [];
    }
  });
}

export interface ListeningSocket {
  address: string;
  port: number;
  pid: number;
  line: string;
}

/** Every TCP socket listening on this machine, from `ss -ltnp` (Debian package iproute2). */
export function listeningSockets(): ListeningSocket[] {
  let listing: string;
  try {
    listing = execFileSync("ss", ["-ltnpH"], { encoding: "utf8" });
  } catch (error) {
    throw new Error(`ss -ltnp failed (install the Debian package iproute2): ${String(error)}`);
  }
  return listing
    .split("\n")
    .filter(Boolean)
    .flatMap((line) => {
      const local = line.trim().split(/\s+/)[3] ?? "";
      const at = local.lastIndexOf(":");
      return [...line.matchAll(/pid=(\d+)/g)].map((match) => ({
        address: local.slice(0, at).replace(/^\[|\]$/g, ""),
        port: Number(local.slice(at + 1)),
        pid: Number(match[1]),
        line: line.trim(),
      }));
    });
}
