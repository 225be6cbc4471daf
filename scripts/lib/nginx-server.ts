import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * Runs real nginx with the shipped deploy/nginx.conf and deploy/server.conf, unchanged,
 * for the tests and the benchmark. Only the files they include are written here:
 * nanlang/csp-hashes.conf (the one the build wrote) and nanlang/site.conf, which is
 * either a plain-HTTP server on 127.0.0.1 that includes server.conf as production does,
 * or deploy/site.conf.example itself, moved to loopback ports and a throwaway
 * certificate. The main nginx.conf around it mirrors Debian's, with its temporary
 * folders in a private prefix so that no system nginx state is touched.
 */
export interface NginxOptions {
  /** The folder to serve (an export, or the benchmark's baseline page). */
  root: string;
  /** The plain-HTTP port: the test server's, or the HTTPS example's port-80 server's. */
  port: number;
  /** The CSP maps written by the build; an empty map when absent (baseline). */
  cspMapsFile?: string;
  workerProcesses?: number | "auto";
  /** Directives added to the plain-HTTP test server, after server.conf (e.g. a location answering 500). */
  testDirectives?: string;
  /** Serve deploy/site.conf.example (HTTPS, and HTTP that redirects) instead of the plain-HTTP test server. */
  httpsExample?: HttpsExampleOptions;
}

export interface HttpsExampleOptions {
  httpsPort: number;
  certificate: string;
  key: string;
  /** The folder the example's port-80 server serves /.well-known/acme-challenge/ from. */
  acmeRoot: string;
}

export interface RunningNginx {
  origin: string;
  /** What nginx wrote to its error log so far (level warn and above). */
  errorLog: () => string;
  stop: () => Promise<void>;
}

const EMPTY_CSP_MAPS = 'map $uri $nanlang_csp_script_hashes { default ""; }\nmap $uri $nanlang_csp_style_hashes { default ""; }\n';

export const NGINX_BINARY = process.env.NGINX_BINARY ?? "nginx";

/** The shipped files, from the project folder. */
export const DEPLOY_DIR = path.resolve("deploy");
export const HTTPS_EXAMPLE_FILE = path.join(DEPLOY_DIR, "site.conf.example");
/** The host name the shipped example is written for. */
export const EXAMPLE_HOST = "www.example.gov.cn";

/**
 * Debian's brotli_static module (libnginx-mod-http-brotli-static). Where it is installed,
 * the server sends the .br files the build wrote, as deploy/site.conf.example says to do.
 */
export const BROTLI_STATIC_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/** The plain-HTTP server the tests and the benchmark use: production's server.conf on loopback. */
function testSiteConf(options: NginxOptions, brotli: boolean): string {
  return `server {
    listen 127.0.0.1:${options.port};
    server_name localhost;
    root ${JSON.stringify(path.resolve(options.root))};
    access_log off;
${brotli ? "    brotli_static on;\n" : ""}    include nanlang/server.conf;
${options.testDirectives ?? ""}
}
`;
}

/**
 * deploy/site.conf.example with only what names the production machine replaced: its
 * ports, certificate, folders and log. Every replacement must find its line, so that the
 * example and this test cannot drift apart unnoticed.
 */
export function httpsExampleForTest(example: string, options: NginxOptions & { httpsExample: HttpsExampleOptions }, brotli: boolean): string {
  const { httpsPort, certificate, key, acmeRoot } = options.httpsExample;
  const replacements: [RegExp, string][] = [
    [/^([ \t]*)listen 80;$/m, `$1listen 127.0.0.1:${options.port};`],
    [/^([ \t]*)listen 443 ssl http2;$/m, `$1listen 127.0.0.1:${httpsPort} ssl http2;`],
    [/^[ \t]*listen \[::\]:80;\n/m, ""],
    [/^[ \t]*listen \[::\]:443 ssl http2;\n/m, ""],
    [/^([ \t]*)root \/srv\/nanlang\/out;$/m, `$1root ${JSON.stringify(path.resolve(options.root))};`],
    [/^([ \t]*)root \/var\/www\/acme;$/m, `$1root ${JSON.stringify(acmeRoot)};`],
    [/^([ \t]*)access_log \/var\/log\/nginx\/nanlang\.access\.log;$/m, "$1access_log off;"],
    [/^([ \t]*ssl_certificate[ \t]+)\/etc\/letsencrypt\/live\/www\.example\.gov\.cn\/fullchain\.pem;$/m, `$1${JSON.stringify(certificate)};`],
    [/^([ \t]*ssl_certificate_key[ \t]+)\/etc\/letsencrypt\/live\/www\.example\.gov\.cn\/privkey\.pem;$/m, `$1${JSON.stringify(key)};`],
    [/^[ \t]*brotli_static on;\n/m, brotli ? "    brotli_static on;\n" : ""],
  ];
  let text = example;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(text)) throw new Error(`deploy/site.conf.example no longer has a line matching ${pattern}: update scripts/lib/nginx-server.ts.`);
    text = text.replace(pattern, replacement);
  }
  return text;
}

export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const ports = [options.port, ...(options.httpsExample ? [options.httpsExample.httpsPort] : [])];
  // Another server on the port would answer in nginx's place, with another configuration.
  for (const port of ports) if (await portIsOpen(port)) throw new Error(`Port ${port} on 127.0.0.1 is already in use.`);
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "nanlang-nginx-"));
  fs.mkdirSync(path.join(prefix, "nanlang"));
  fs.mkdirSync(path.join(prefix, "temp"));
  const brotli = fs.existsSync(BROTLI_STATIC_MODULE);
  fs.copyFileSync(path.join(DEPLOY_DIR, "server.conf"), path.join(prefix, "nanlang", "server.conf"));
  fs.writeFileSync(
    path.join(prefix, "nanlang", "site.conf"),
    options.httpsExample
      ? httpsExampleForTest(fs.readFileSync(HTTPS_EXAMPLE_FILE, "utf8"), { ...options, httpsExample: options.httpsExample }, brotli)
      : testSiteConf(options, brotli),
  );
  fs.writeFileSync(path.join(prefix, "nanlang", "csp-hashes.conf"), options.cspMapsFile ? fs.readFileSync(options.cspMapsFile, "utf8") : EMPTY_CSP_MAPS);
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
    include ${JSON.stringify(path.join(DEPLOY_DIR, "nginx.conf"))};
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
    for (const port of ports) await waitForPort(port, child, 10_000);
  } catch (error) {
    await stop();
    throw new Error(`nginx did not start on ${ports.join(" and ")}: ${(error as Error).message}\n${stderr}`);
  }
  return { origin, errorLog: () => stderr, stop };
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
