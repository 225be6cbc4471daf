import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * Runs real nginx with the shipped deploy/nginx.conf, unchanged, for the tests and the
 * benchmark. Only the two files it includes are written here: nanlang/site.conf
 * (listen on 127.0.0.1 only, root = the export) and nanlang/csp-hashes.conf (the one
 * the build wrote). The main nginx.conf around it mirrors Debian's, with its temporary
 * folders in a private prefix so that no system nginx state is touched.
 */
export interface NginxOptions {
  /** The folder to serve (an export, or the benchmark's baseline page). */
  root: string;
  port: number;
  /** The CSP maps written by the build; an empty map when absent (baseline). */
  cspMapsFile?: string;
  workerProcesses?: number | "auto";
}

export interface RunningNginx {
  origin: string;
  stop: () => Promise<void>;
}

const EMPTY_CSP_MAPS = 'map $uri $nanlang_csp_script_hashes { default ""; }\nmap $uri $nanlang_csp_style_hashes { default ""; }\n';

export const NGINX_BINARY = process.env.NGINX_BINARY ?? "nginx";

/**
 * Debian's brotli_static module (libnginx-mod-http-brotli-static). Where it is installed,
 * the server sends the .br files the build wrote, as deploy/site.conf.example says to do.
 */
export const BROTLI_STATIC_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  // Another server on the port would answer in nginx's place, with another configuration.
  if (await portIsOpen(options.port)) throw new Error(`Port ${options.port} on 127.0.0.1 is already in use.`);
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "nanlang-nginx-"));
  fs.mkdirSync(path.join(prefix, "nanlang"));
  fs.mkdirSync(path.join(prefix, "temp"));
  const root = path.resolve(options.root);
  const brotli = fs.existsSync(BROTLI_STATIC_MODULE);
  fs.writeFileSync(
    path.join(prefix, "nanlang", "site.conf"),
    `listen 127.0.0.1:${options.port};\nserver_name localhost;\nroot ${JSON.stringify(root)};\naccess_log off;\n${brotli ? "brotli_static on;\n" : ""}`,
  );
  fs.writeFileSync(
    path.join(prefix, "nanlang", "csp-hashes.conf"),
    options.cspMapsFile ? fs.readFileSync(options.cspMapsFile, "utf8") : EMPTY_CSP_MAPS,
  );
  const temp = (name: string) => JSON.stringify(path.join(prefix, "temp", name));
  // Run as root only where started as root (CI, containers): workers then read any checkout.
  const user = process.getuid?.() === 0 ? "user root root;\n" : "";
  fs.writeFileSync(
    path.join(prefix, "nginx.conf"),
    `${brotli ? `load_module ${BROTLI_STATIC_MODULE};\n` : ""}${user}worker_processes ${options.workerProcesses ?? 1};
pid ${JSON.stringify(path.join(prefix, "nginx.pid"))};
error_log stderr warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path ${temp("body")};
    proxy_temp_path ${temp("proxy")};
    fastcgi_temp_path ${temp("fastcgi")};
    uwsgi_temp_path ${temp("uwsgi")};
    scgi_temp_path ${temp("scgi")};
    include ${JSON.stringify(path.resolve("deploy", "nginx.conf"))};
}
`,
  );
  const child = spawn(NGINX_BINARY, ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  child.on("error", (error) => {
    stderr += String(error);
  });
  const origin = `http://127.0.0.1:${options.port}`;
  // nginx must not outlive the process that started it, even when that one fails.
  const killOnExit = () => child.kill("SIGTERM");
  process.on("exit", killOnExit);
  const stop = async () => {
    process.off("exit", killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await waitForPort(options.port, child, 10_000);
  } catch (error) {
    await stop();
    throw new Error(`nginx did not start on ${origin}: ${(error as Error).message}\n${stderr}`);
  }
  return { origin, stop };
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}`);
    if (await portIsOpen(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("timed out");
}
