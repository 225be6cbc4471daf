import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import net from "node:net";

/**
 * The programs `npm run dev` and `npm run edit` start, and their stop. Each program runs in
 * its own process group, so that stopping it also stops whatever it started in turn (Next's
 * dev server starts workers of its own): one Ctrl+C leaves nothing running.
 */
export class ProcessGroup {
  private readonly groups = new Map<number, { name: string; child: ChildProcess }>();
  private stopping = false;

  /** Called when a program ends by itself, before anyone asked it to. */
  onExit?: (name: string, code: number | null, signal: NodeJS.Signals | null) => void;

  start(name: string, command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
    const child = spawn(command, args, { stdio: "inherit", ...options, detached: true });
    if (child.pid === undefined) throw new Error(`${name} could not be started`);
    this.groups.set(child.pid, { name, child });
    child.on("exit", (code, signal) => {
      if (!this.stopping) this.onExit?.(name, code, signal);
    });
    return child;
  }

  /** Asks every program (and what it started) to stop, and after `graceMs` stops them outright. */
  async stop(graceMs = 5000): Promise<void> {
    this.stopping = true;
    for (const pid of this.groups.keys()) signalGroup(pid, "SIGTERM");
    const deadline = Date.now() + graceMs;
    while ([...this.groups.keys()].some(groupAlive) && Date.now() < deadline) await delay(50);
    this.kill();
  }

  /** Stops every program at once: for the moment the process itself exits. */
  kill(): void {
    for (const pid of this.groups.keys()) signalGroup(pid, "SIGKILL");
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has already ended.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `stop` once on Ctrl+C (SIGINT), SIGTERM or a closed terminal (SIGHUP), then exits. */
export function stopOnSignal(stop: () => Promise<void>, group: ProcessGroup): void {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log("\n正在停止…… / Stopping…");
      void stop().finally(() => process.exit(0));
    });
  }
  // However the process ends, the programs it started end with it.
  process.on("exit", () => group.kill());
}

/** A port on 127.0.0.1 that nothing listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Resolves once something accepts connections on 127.0.0.1:port. */
export async function listening(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return true;
    await delay(100);
  }
  return false;
}

/** Whether something already listens on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(true));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(false)));
  });
}

/** The message for a port that is taken, in Chinese first, with the setting that chooses another. */
export function portTakenMessage(what: string, port: number, variable: string): string {
  return `端口 ${port} 已被占用，无法启动${what}。请关闭占用它的程序，或换一个端口，例如 ${variable}=${port + 1} npm run …\nPort ${port} is already in use. Stop the program using it, or choose another port with ${variable}.`;
}
