/**
 * npm run dev — the Next.js dev server, plus a watcher on content/ that reloads every
 * open page when staff save a Markdown file (and shows the content error, if any).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";

const reloadPort = Number(process.env.CONTENT_RELOAD_PORT ?? 3001);
const clients = new Set();

http
  .createServer((request, response) => {
    response.writeHead(200, {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache",
      "Access-Control-Allow-Origin": "*",
    });
    response.write(": connected\n\n");
    clients.add(response);
    request.on("close", () => clients.delete(response));
  })
  .listen(reloadPort, "127.0.0.1");

let timer;
fs.watch("content", { recursive: true }, (_event, file) => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    console.log(`内容已更新 / content changed: ${file ?? ""}`);
    for (const client of clients) client.write("data: reload\n\n");
  }, 150);
});

const next = spawn("npx", ["next", "dev", "--hostname", "127.0.0.1", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CONTENT_RELOAD_URL: `http://127.0.0.1:${reloadPort}/` },
});
next.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => next.kill(signal));
