import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { Readable, Transform, type TransformCallback } from "node:stream";
import chokidar from "chokidar";
import { clientModule, JAVASCRIPT } from "../../editor/client-modules";
import { checkContent } from "../../lib/content/check";
import { formatProblem, type ContentProblem } from "../../lib/content/messages";
import { delay, freePort, listening, portTakenMessage, type ProcessGroup } from "./processes";

/**
 * The live preview (`npm run dev`, and beside the editor in `npm run edit`): Next's dev server
 * behind a small proxy on 127.0.0.1 that
 *
 * - watches content/ (chokidar: it keeps watching a file an editor saves by writing a
 *   temporary file and renaming it over the original) and runs the content check on each save;
 * - tells every open page on its own port (`/__preview/events`): a page reloads when the check
 *   passes, and shows the problems, Chinese first with file and line, when it does not;
 * - puts the small module that listens (editor/client/preview-reload.ts) into every page it
 *   serves. Nothing of it is in the built site.
 *
 * Next itself listens on a free port of 127.0.0.1 that only the proxy uses.
 */
export interface PreviewOptions {
  root: string;
  port: number;
  /** The programs the caller stops together; Next's dev server joins them. */
  group: ProcessGroup;
  /** More arguments for `next dev`. */
  nextArgs?: string[];
}

export interface Preview {
  url: string;
  close(): Promise<void>;
}

/** The content check as the preview and the editor show it after each save (the same check as `npm run check:content`). */
export interface ContentStatus {
  ok: boolean;
  /** Errors that stop the build, each once, in the file that must change. */
  problems: ContentProblem[];
  /** Translations that lag: said, and the site still builds. */
  notices: ContentProblem[];
}

export interface PreviewStatus extends ContentStatus {
  generation: number;
  changed: string[];
  checkedAt: string;
}

const EVENTS = "/__preview/events";

interface Rendered {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}
const MODULES = /^\/__preview\/([a-z][a-z0-9-]*)(?:\?.*)?$/;

const NO_ANSWER_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2"><title>预览没有响应</title></head><body style="font:20px/1.6 system-ui,sans-serif;padding:2rem"><p>预览暂时没有响应，稍后自动重试……</p><p lang="en">The preview does not answer; retrying shortly…</p></body></html>`;

/** Runs the check, never throws: a check that fails unexpectedly is itself a problem to show. */
function runCheck(root: string): ContentStatus {
  try {
    const { ok, problems, notices } = checkContent({ root });
    return { ok, problems, notices };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      notices: [],
      problems: [{ file: "content", line: 1, zh: `内容检查本身出错：${message}`, en: `The content check itself failed: ${message}` }],
    };
  }
}

/** Puts `tag` just before `</head>` of an HTML page as it streams through. */
class HeadInjector extends Transform {
  private buffered = Buffer.alloc(0);
  private done = false;

  constructor(private readonly tag: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.done) return callback(null, chunk);
    this.buffered = Buffer.concat([this.buffered, chunk]);
    const at = this.buffered.indexOf("</head>");
    if (at >= 0) {
      this.done = true;
      callback(null, Buffer.concat([this.buffered.subarray(0, at), Buffer.from(this.tag), this.buffered.subarray(at)]));
    } else callback();
  }

  override _flush(callback: TransformCallback): void {
    callback(null, this.done ? undefined : Buffer.concat([this.buffered, Buffer.from(this.tag)]));
  }
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const { root, port, group } = options;
  // Content is read afresh on every check and every page (lib/content/load.ts caches it otherwise).
  Object.assign(process.env, { NODE_ENV: "development" });
  const url = `http://127.0.0.1:${port}`;
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  /** The open pages: each one's event stream, and the address it shows. */
  const clients = new Map<http.ServerResponse, string>();
  /**
   * The open pages, rendered by Next with the saved content while the check runs (the check
   * and Next's render then take their time side by side); a page that reloads after the check
   * passes gets its copy. Kept for a few seconds after the check, until the next save.
   */
  let rendered = new Map<string, Promise<Rendered | undefined>>();
  let renderedUntil = 0;
  // Connections handed over to Next's live reload (websockets): the server no longer tracks them.
  const tunnels = new Set<net.Socket>();
  let nextPort = 0;
  // Requests that come while Next is still starting wait for it.
  let nextReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (nextReady = resolve));
  let status: PreviewStatus = { ...runCheck(root), generation: 0, changed: [], checkedAt: new Date().toISOString() };
  const statusEvent = () => `event: status\ndata: ${JSON.stringify(status)}\n\n`;

  const server = http.createServer((request, response) => {
    if (!hosts.has(request.headers.host ?? "")) {
      response.writeHead(421).end();
      return;
    }
    const requestUrl = request.url ?? "/";
    if (requestUrl === EVENTS || requestUrl.startsWith(`${EVENTS}?`)) {
      response.writeHead(200, {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-store",
        // The editor (another port of 127.0.0.1) shows the same results.
        "Access-Control-Allow-Origin": "*",
      });
      response.write(`retry: 1000\n\n${statusEvent()}`);
      clients.set(response, new URL(requestUrl, url).searchParams.get("page") ?? "");
      request.on("close", () => clients.delete(response));
      return;
    }
    const module = MODULES.exec(requestUrl)?.[1];
    const code = module ? clientModule(root, module) : undefined;
    if (code !== undefined) {
      response.writeHead(200, { "Content-Type": JAVASCRIPT, "Cache-Control": "no-cache" }).end(code);
      return;
    }
    void ready.then(() => forward(request, response));
  });

  const reloadTag = () => `<script type="module" src="/__preview/preview-reload?generation=${status.generation}"></script>`;

  /** Asks Next for a page as a browser would, and keeps the whole answer. */
  function render(page: string): { sent: Promise<void>; answer: Promise<Rendered | undefined> } {
    let sent: () => void = () => undefined;
    const flushed = new Promise<void>((resolve) => (sent = resolve));
    const answer = new Promise<Rendered | undefined>((resolve) => {
      const upstream = http.request(
        { host: "127.0.0.1", port: nextPort, path: page, headers: { host: `127.0.0.1:${port}`, accept: "text/html", "accept-encoding": "identity" } },
        (reply) => {
          const chunks: Buffer[] = [];
          reply.on("data", (chunk: Buffer) => chunks.push(chunk));
          reply.on("end", () => resolve({ status: reply.statusCode ?? 200, headers: reply.headers, body: Buffer.concat(chunks) }));
          reply.on("error", () => resolve(undefined));
        },
      );
      upstream.on("error", () => {
        sent();
        resolve(undefined);
      });
      upstream.on("finish", () => sent());
      upstream.end();
    });
    return { sent: flushed, answer };
  }

  /** Passes a request to Next; an HTML page gets the reload module. */
  function forward(request: http.IncomingMessage, response: http.ServerResponse) {
    const kept = request.method === "GET" && !request.headers.rsc && Date.now() < renderedUntil ? rendered.get(request.url ?? "") : undefined;
    if (kept) {
      void kept.then((page) => {
        if (!page || !String(page.headers["content-type"] ?? "").startsWith("text/html")) return pass(request, response);
        const headers = { ...page.headers };
        delete headers["content-length"];
        delete headers["transfer-encoding"];
        response.writeHead(page.status, headers);
        Readable.from([page.body]).pipe(new HeadInjector(reloadTag())).pipe(response);
      });
      return;
    }
    pass(request, response);
  }

  function pass(request: http.IncomingMessage, response: http.ServerResponse) {
    const upstream = http.request(
      { host: "127.0.0.1", port: nextPort, method: request.method, path: request.url, headers: { ...request.headers, "accept-encoding": "identity" } },
      (answer) => {
        const headers = { ...answer.headers };
        if (!String(headers["content-type"] ?? "").startsWith("text/html")) {
          response.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(response);
          return;
        }
        delete headers["content-length"];
        response.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(new HeadInjector(reloadTag())).pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(503, { "Content-Type": "text/html; charset=utf-8", "Retry-After": "2" });
      response.end(NO_ANSWER_PAGE);
    });
    request.pipe(upstream);
  }

  // Next's own live connection (hot reload of code) goes through as it is.
  server.on("upgrade", (request: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    if (!hosts.has(request.headers.host ?? "")) return socket.destroy();
    void ready.then(() => tunnel(request, socket, head));
  });

  function tunnel(request: http.IncomingMessage, socket: net.Socket, head: Buffer) {
    tunnels.add(socket);
    socket.on("close", () => tunnels.delete(socket));
    const upstream = net.connect(nextPort, "127.0.0.1", () => {
      let lines = `${request.method} ${request.url} HTTP/${request.httpVersion}\r\n`;
      for (let i = 0; i < request.rawHeaders.length; i += 2) lines += `${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}\r\n`;
      upstream.write(`${lines}\r\n`);
      if (head.length) upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on("error", () => socket.destroy());
    socket.on("error", () => upstream.destroy());
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(portTakenMessage("预览 / the preview", port, "DEV_PORT")) : error),
    );
    server.listen(port, "127.0.0.1", () => resolve());
  });

  nextPort = await freePort();
  const require = createRequire(path.join(root, "package.json"));
  // The site's browser modules: built once before the first page (the pages name the entry
  // module the build writes), then rebuilt whenever one of them changes.
  const tsx = require.resolve("tsx/cli");
  execFileSync(process.execPath, [tsx, "scripts/build-modules.ts"], { cwd: root, stdio: "inherit" });
  group.start("modules", process.execPath, [tsx, "scripts/build-modules.ts", "--watch"], { cwd: root, stdio: "inherit" });
  const next = group.start(
    "Next.js",
    process.execPath,
    [require.resolve("next/dist/bin/next"), "dev", "--hostname", "127.0.0.1", "--port", String(nextPort), ...(options.nextArgs ?? [])],
    { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  // Next names its own port; people should only ever see the preview's.
  for (const [stream, out] of [
    [next.stdout, process.stdout],
    [next.stderr, process.stderr],
  ] as const) {
    if (stream) readline.createInterface({ input: stream }).on("line", (line) => out.write(`${line.replaceAll(`:${nextPort}`, `:${port}`)}\n`));
  }

  if (!(await listening(nextPort, 120_000))) throw new Error("Next.js did not start within 2 minutes / Next.js 没有在 2 分钟内启动");
  nextReady();
  // A second check while nobody waits: the first one after a save then runs on warmed-up code.
  setTimeout(() => runCheck(root), 0);

  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const check = async () => {
    const pages = [...new Set(clients.values())].filter((page) => page.startsWith("/"));
    const renders = pages.map((page) => [page, render(page)] as const);
    rendered = new Map(renders.map(([page, { answer }]) => [page, answer]));
    renderedUntil = 0;
    // Next starts rendering before the check takes this process's attention.
    await Promise.race([Promise.all(renders.map(([, { sent }]) => sent)), delay(200)]);
    const started = performance.now();
    status = { ...runCheck(root), generation: status.generation + 1, changed: [...changed], checkedAt: new Date().toISOString() };
    changed.clear();
    const files = `${status.changed.join(", ")}; ${((performance.now() - started) / 1000).toFixed(1)} s`;
    if (status.ok) console.log(`✓ 内容检查通过，页面将刷新 / content is valid, pages reload (${files})`);
    else
      console.error(
        `✗ 内容有 ${status.problems.length} 处问题，页面显示问题 / content has ${status.problems.length} problem(s):\n\n${status.problems.map(formatProblem).join("\n\n")}\n`,
      );
    renderedUntil = status.ok ? Date.now() + 10_000 : 0;
    for (const client of clients.keys()) client.write(statusEvent());
  };
  const watcher = chokidar.watch(path.join(root, "content"), { ignoreInitial: true });
  watcher.on("all", (_event, file) => {
    if (path.extname(file) !== ".md") return;
    changed.add(path.relative(root, file).split(path.sep).join("/"));
    clearTimeout(timer);
    // One check for the files a save touches together.
    timer = setTimeout(() => void check(), 50);
  });
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));

  return {
    url,
    async close() {
      clearTimeout(timer);
      await watcher.close();
      for (const client of clients.keys()) client.end();
      for (const socket of tunnels) socket.destroy();
      server.closeAllConnections();
      // Whatever a browser still holds open, the preview does not wait for it for long.
      await Promise.race([new Promise((resolve) => server.close(resolve)), delay(2000)]);
    },
  };
}
