import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { EDITED_LANGUAGES, cmsConfig } from "./collections";
import { clientModule, JAVASCRIPT } from "./client-modules";
import { routes } from "../lib/routes";

/**
 * The editor page of `npm run edit`, on 127.0.0.1 only: Decap CMS and the `yaml` parser from
 * the project's own node_modules (nothing from another host), the browser modules of
 * editor/client, and the configuration generated from the content schemas.
 */
const require = createRequire(path.join(process.cwd(), "package.json"));
const VENDOR: Record<string, string> = {
  "decap-cms": path.join(path.dirname(require.resolve("decap-cms/package.json")), "dist"),
  yaml: path.join(path.dirname(require.resolve("yaml/package.json")), "browser", "dist"),
};

const TYPES: Record<string, string> = {
  ".js": JAVASCRIPT,
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".map": "application/json",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>南朗镇网站 · 内容编辑</title>
<script type="importmap">{"imports":{"yaml":"/vendor/yaml/index.js"}}</script>
<script>window.CMS_MANUAL_INIT = true;</script>
<script src="/vendor/decap-cms/decap-cms.js"></script>
<script type="module" src="/editor/main"></script>
</head>
<body></body>
</html>
`;

export interface EditorServerOptions {
  root: string;
  port: number;
  /** Where decap-server answers (the files). */
  apiUrl: string;
  /** Where the preview (scripts/lib/preview.ts) answers. */
  previewUrl: string;
}

/** For each form of the editor, the page of the site it fills. */
export function previewPaths(): { name: string; path: string }[] {
  return EDITED_LANGUAGES.flatMap(({ dir }) => [
    { name: `${dir}-sections`, path: routes.section(dir, "{slug}") },
    { name: `${dir}-overview`, path: routes.home(dir) },
    { name: `${dir}-projects`, path: routes.projects(dir) },
  ]);
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff" });
  response.end(body);
}

function vendorFile(url: string): string | undefined {
  const match = /^\/vendor\/([a-z-]+)\/(.+)$/.exec(url);
  const dir = match && VENDOR[match[1] ?? ""];
  if (!dir || !match?.[2]) return undefined;
  const file = path.resolve(dir, decodeURIComponent(match[2]));
  return file.startsWith(dir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

export function startEditorServer(options: EditorServerOptions): Promise<http.Server> {
  const hosts = new Set([`127.0.0.1:${options.port}`, `localhost:${options.port}`]);
  const settings = JSON.stringify({ cms: cmsConfig({ apiUrl: options.apiUrl }), previewUrl: options.previewUrl, previews: previewPaths() });
  const server = http.createServer((request, response) => {
    // Only pages of this machine's own address: another site cannot reach it by renaming itself.
    if (!hosts.has(request.headers.host ?? "")) return send(response, 421, "text/plain; charset=utf-8", "Misdirected request");
    const url = (request.url ?? "/").split("?")[0] ?? "/";
    if (request.method !== "GET" && request.method !== "HEAD") return send(response, 405, "text/plain; charset=utf-8", "Method not allowed");
    if (url === "/") return send(response, 200, "text/html; charset=utf-8", PAGE);
    if (url === "/favicon.ico") return send(response, 204, "text/plain", "");
    if (url === "/settings.json") return send(response, 200, "application/json", settings);
    const module = /^\/editor\/([a-z][a-z0-9-]*)$/.exec(url)?.[1];
    const code = module ? clientModule(options.root, module) : undefined;
    if (code !== undefined) return send(response, 200, JAVASCRIPT, code);
    const file = vendorFile(url);
    if (file) return send(response, 200, TYPES[path.extname(file)] ?? "application/octet-stream", fs.readFileSync(file));
    send(response, 404, "text/plain; charset=utf-8", "Not found");
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve(server));
  });
}
