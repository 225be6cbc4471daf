import fs from "node:fs";
import http2 from "node:http2";
import os from "node:os";
import path from "node:path";
import tls from "node:tls";
import zlib from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import zhCommon from "@/locales/zh-CN/common.json";
import { LOCALES } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { CSP_MAPS_FILE } from "@/scripts/lib/build-paths";
import { BROTLI_STATIC_MODULE, EXAMPLE_HOST, startNginx, type RunningNginx } from "@/scripts/lib/nginx-server";
import { gradeSite, gradeTable, observeSite, request, type LoopbackRoute } from "@/scripts/lib/observatory";
import { makeThrowawayCertificate } from "@/scripts/lib/throwaway-certificate";
import { exportedPages, OUT_DIR, rawGet, rawRequest, requireExport } from "../support/export";
import { modulesReady } from "./modules-helpers";

/**
 * The export served by real nginx with the shipped deploy/nginx.conf, as in production:
 * headers, status codes, precompressed files, and pages that still work under the
 * Content-Security-Policy.
 */

const PORT = Number(process.env.NGINX_TEST_PORT ?? 8472);
const FIXTURE_PORT = PORT + 1;

/** The search pages: the only pages whose policy allows WebAssembly ('wasm-unsafe-eval'). */
const SEARCH_PAGES = LOCALES.map((locale) => routes.search(locale));

/**
 * The test server's own location answering 500 and 503, to see what the shared
 * configuration (deploy/server.conf) does with a server error; nothing else is added.
 */
const SERVER_ERRORS = "    location = /__test/500 { return 500; }\n    location = /__test/503 { return 503; }\n";

// One nginx per port: the tests of this file run in order in one worker.
test.describe.configure({ mode: "default" });

let server: RunningNginx;
test.beforeAll(async () => {
  requireExport();
  server = await startNginx({ root: OUT_DIR, port: PORT, cspMapsFile: CSP_MAPS_FILE, testDirectives: SERVER_ERRORS });
});
test.afterAll(async () => {
  await server?.stop();
});

function cspDirectives(header: string | string[] | undefined): Map<string, string[]> {
  const value = Array.isArray(header) ? header.join(";") : (header ?? "");
  return new Map(
    value
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

/** The headers every response carries, whatever its status (nginx's `always`). */
function expectSecurityHeaders(response: { headers: Record<string, string | string[] | undefined> }, address: string) {
  const csp = cspDirectives(response.headers["content-security-policy"]);
  expect(csp.get("default-src"), address).toEqual(["'none'"]);
  expect(csp.get("script-src")?.[0], address).toBe("'self'");
  // No 'unsafe-inline', no 'unsafe-eval', no host: the site itself and hashes only.
  for (const source of csp.get("script-src")?.slice(1) ?? []) expect(source, address).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$|^'wasm-unsafe-eval'$/);
  expect(csp.get("style-src")?.join(" "), address).not.toContain("unsafe-inline");
  expect(csp.get("img-src"), address).toEqual(["'self'", "data:"]);
  for (const directive of ["font-src", "connect-src", "manifest-src", "worker-src", "form-action"])
    expect(csp.get(directive), `${address} ${directive}`).toEqual(["'self'"]);
  expect(csp.get("object-src"), address).toEqual(["'none'"]);
  expect(csp.get("base-uri"), address).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors"), address).toEqual(["'none'"]);
  expect(response.headers["x-content-type-options"], address).toBe("nosniff");
  expect(response.headers["referrer-policy"], address).toBe("strict-origin-when-cross-origin");
  expect(response.headers["permissions-policy"], address).toContain("camera=()");
  expect(response.headers["x-frame-options"], address).toBe("DENY");
  expect(response.headers["cross-origin-opener-policy"], address).toBe("same-origin");
  expect(response.headers["cross-origin-resource-policy"], address).toBe("same-origin");
  expect(response.headers.server, address).toBe("nginx");
  return csp;
}

test("every page is served with 200, UTF-8 and the security headers; WebAssembly is allowed on the search pages only", async () => {
  const pages = exportedPages().filter((address) => !address.endsWith("404.html") && !/^\/(?:404|_not-found)\//.test(address));
  expect(pages.length).toBeGreaterThan(10);
  for (const search of SEARCH_PAGES) expect(pages).toContain(search);
  for (const address of pages) {
    const response = await rawGet(server.origin + address);
    expect(response.status, address).toBe(200);
    expect(response.headers["content-type"], address).toBe("text/html; charset=utf-8");
    const scriptSources = expectSecurityHeaders(response, address).get("script-src") ?? [];
    expect(scriptSources.includes("'wasm-unsafe-eval'"), address).toBe(SEARCH_PAGES.includes(address));
    // The page's own inline scripts are allowed by their hashes.
    expect(scriptSources.filter((source) => source.startsWith("'sha256-")).length, address).toBeGreaterThan(0);
    expect(response.headers["cache-control"], address).toBe("public, max-age=300");
    expect(response.headers["strict-transport-security"], address).toBeUndefined();
  }
});

test("a page's caption text (拼音, 简/繁) is served as JSON, compressed, and kept no longer than its page", async () => {
  const response = await rawGet(`${server.origin}/sections/biomedicine/caption-text.json`, { "Accept-Encoding": "gzip" });
  expect(response.status).toBe(200);
  expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
  expect(response.headers["content-encoding"]).toBe("gzip");
  expect(response.headers["cache-control"]).toBe("public, max-age=300");
  expectSecurityHeaders(response, "caption-text.json");
});

test("Pagefind's worker, which compiles the search index's WebAssembly, may do so; its other files are served with their types", async () => {
  const worker = await rawGet(`${server.origin}/pagefind/pagefind-worker.js`);
  expect(worker.status).toBe(200);
  expect(worker.headers["content-type"]).toBe("application/javascript; charset=utf-8");
  expect(cspDirectives(worker.headers["content-security-policy"]).get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  const library = await rawGet(`${server.origin}/pagefind/pagefind.js`);
  expect(cspDirectives(library.headers["content-security-policy"]).get("script-src")).toEqual(["'self'"]);
  const entry = await rawGet(`${server.origin}/pagefind/pagefind-entry.json`);
  expect(entry.headers["content-type"]).toBe("application/json; charset=utf-8");
  // Pagefind's WebAssembly and index are gzip data it inflates itself: plain bytes to the browser.
  const wasmFile = fs.readdirSync(path.join(OUT_DIR, "pagefind")).find((name) => /^wasm\..+\.pagefind$/.test(name));
  const wasm = await rawGet(`${server.origin}/pagefind/${wasmFile}`);
  expect(wasm.status).toBe(200);
  expect(wasm.headers["content-type"]).toBe("application/octet-stream");
  expect(wasm.headers["x-content-type-options"]).toBe("nosniff");
});

test("the Pagefind files the site does not load are not published", async () => {
  const published = fs.readdirSync(path.join(OUT_DIR, "pagefind"));
  expect(published).toContain("pagefind.js");
  for (const unused of [
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
  ]) {
    expect(published, unused).not.toContain(unused);
    expect((await rawGet(`${server.origin}/pagefind/${unused}`)).status, unused).toBe(404);
  }
});

test("the web app manifest is served as application/manifest+json", async () => {
  const response = await rawGet(`${server.origin}/manifest.webmanifest`, { "Accept-Encoding": "gzip" });
  expect(response.status).toBe(200);
  expect(response.headers["content-type"]).toBe("application/manifest+json");
  expect(response.headers["content-encoding"]).toBe("gzip");
  expect(JSON.parse(zlib.gunzipSync(response.body).toString())).toHaveProperty("name");
  expectSecurityHeaders(response, "/manifest.webmanifest");
});

test("error responses other than 404 are never cached, and carry the security headers", async () => {
  const cases: { name: string; send: () => Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>; status: number }[] = [
    // HTTP/1.1 without a Host header.
    { name: "a malformed request", send: () => rawRequest(PORT, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"), status: 400 },
    {
      name: "a POST to a page",
      send: () => rawRequest(PORT, "POST /sections/biomedicine/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
      status: 405,
    },
    {
      name: "a body larger than nginx accepts",
      send: () => rawRequest(PORT, "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5000000\r\nConnection: close\r\n\r\n"),
      status: 413,
    },
    { name: "an address longer than nginx accepts", send: () => rawGet(`${server.origin}/${"a".repeat(9000)}`), status: 414 },
    { name: "a server error", send: () => rawGet(`${server.origin}/__test/500`), status: 500 },
    { name: "a server unavailable", send: () => rawGet(`${server.origin}/__test/503`), status: 503 },
  ];
  for (const { name, send, status } of cases) {
    const response = await send();
    expect(response.status, name).toBe(status);
    expect(response.headers["cache-control"], name).toBe("no-store");
    expectSecurityHeaders(response, name);
  }
  // A 404 is an answer about the address, kept as briefly as a page.
  const missing = await rawGet(`${server.origin}/no-such-page/`);
  expect(missing.status).toBe(404);
  expect(missing.headers["cache-control"]).toBe("public, max-age=300");
});

test("the not-found page and Next's copies of it are not pages of their own: 404", async () => {
  const copies = [
    "/404/",
    "/404/index.html",
    "/404",
    "/404.html",
    "/_not-found/",
    "/_not-found/index.html",
    "/_not-found/index.txt",
    "/_not-found",
    ...fs
      .readdirSync(path.join(OUT_DIR, "_not-found"))
      .filter((name) => name.endsWith(".txt"))
      .map((name) => `/_not-found/${name}`),
  ];
  for (const address of copies) {
    const response = await rawGet(server.origin + address);
    expect(response.status, address).toBe(404);
    expect(response.body.toString(), address).toContain(zhCommon.notFound.title);
  }
});

test("the site's modules, named by their content's hash, are cached for a year as immutable, pages only briefly", async () => {
  const html = (await rawGet(`${server.origin}/sections/biomedicine/`)).body.toString();
  const chunk = /src="(\/assets\/js\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  const response = await rawGet(server.origin + chunk);
  expect(response.status).toBe(200);
  expect(response.headers["content-type"]).toBe("application/javascript; charset=utf-8");
  expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(response.headers["x-content-type-options"]).toBe("nosniff");
});

test("browsers get the file compressed at build time (brotli where nginx has the module, else gzip), others the plain file", async () => {
  const html = fs.readFileSync(path.join(OUT_DIR, "sections/biomedicine/index.html"));
  const chunk = /src="(\/assets\/js\/[^"]+\.js)"/.exec(html.toString())?.[1] ?? "";
  expect(chunk).not.toBe("");
  for (const [address, file] of [
    ["/sections/biomedicine/", "sections/biomedicine/index.html"],
    [chunk, chunk.slice(1)],
  ] as const) {
    const original = fs.readFileSync(path.join(OUT_DIR, file));
    const either = await rawGet(server.origin + address, { "Accept-Encoding": "gzip, br" });
    if (fs.existsSync(BROTLI_STATIC_MODULE)) {
      expect(either.headers["content-encoding"], address).toBe("br");
      expect(either.body.equals(fs.readFileSync(path.join(OUT_DIR, `${file}.br`))), address).toBe(true);
    } else {
      expect(either.headers["content-encoding"], address).toBe("gzip");
    }
    const gzipped = await rawGet(server.origin + address, { "Accept-Encoding": "gzip" });
    expect(gzipped.headers["content-encoding"], address).toBe("gzip");
    expect(gzipped.headers.vary, address).toBe("Accept-Encoding");
    // Byte for byte the .gz the build wrote (gzip -9), so nothing is compressed per request.
    expect(gzipped.body.equals(fs.readFileSync(path.join(OUT_DIR, `${file}.gz`))), address).toBe(true);
    expect(zlib.gunzipSync(gzipped.body).equals(original), address).toBe(true);
    // The brotli copy is the same file.
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(OUT_DIR, `${file}.br`))).equals(original), address).toBe(true);
    const plain = await rawGet(server.origin + address);
    expect(plain.headers["content-encoding"], address).toBeUndefined();
    expect(plain.body.equals(original), address).toBe(true);
  }
});

test("an address without its final slash is redirected (301) to the page's address", async () => {
  for (const [from, to] of [
    ["/sections/biomedicine", "/sections/biomedicine/"],
    ["/projects", "/projects/"],
  ]) {
    const response = await rawGet(server.origin + from);
    expect(response.status, from).toBe(301);
    expect(response.headers.location, from).toBe(to);
  }
});

test("an address the site does not have gets 404 and the Chinese not-found page", async ({ page }) => {
  for (const address of ["/no-such-page/", "/sections/no-such-section/", "/sections/biomedicine/missing.html"]) {
    const response = await rawGet(server.origin + address);
    expect(response.status, address).toBe(404);
    expect(response.headers["content-type"], address).toBe("text/html; charset=utf-8");
    expect(response.headers["content-security-policy"], address).toContain("frame-ancestors 'none'");
  }
  const response = await page.goto(`${server.origin}/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zhCommon.notFound.title);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("link", { name: zhCommon.notFound.home })).toHaveAttribute("href", "/");
});

test("a browser's automatic /favicon.ico request never logs a 404", async () => {
  const response = await rawGet(`${server.origin}/favicon.ico`);
  const shipped = fs.existsSync(path.join(OUT_DIR, "favicon.ico"));
  expect(response.status).toBe(shipped ? 200 : 204);
});

test.describe("what must never be served", () => {
  let fixture: RunningNginx;
  let root: string;
  test.beforeAll(async () => {
    // A site folder holding what a careless upload could leave beside the pages.
    root = fs.mkdtempSync(path.join(os.tmpdir(), "nanlang-served-"));
    fs.cpSync(path.join(OUT_DIR, "404.html"), path.join(root, "404.html"));
    fs.writeFileSync(path.join(root, "index.html"), "<!doctype html><title>home</title>");
    fs.writeFileSync(path.join(root, ".env"), "SECRET=1\n");
    fs.mkdirSync(path.join(root, ".git"));
    fs.writeFileSync(path.join(root, ".git", "config"), "[core]\n");
    fs.mkdirSync(path.join(root, "files"));
    fs.writeFileSync(path.join(root, "files", "report.txt"), "report\n");
    fs.writeFileSync(path.join(root, "files", ".htpasswd"), "admin:x\n");
    fs.mkdirSync(path.join(root, ".well-known"));
    fs.writeFileSync(path.join(root, ".well-known", "security.txt"), "Contact: mailto:test@example.com\n");
    // The site's own modules (content-hashed names), and a WebAssembly module.
    fs.mkdirSync(path.join(root, "assets"));
    fs.writeFileSync(path.join(root, "assets", "toolbar.3f9a2c71.js"), "export {};\n");
    fs.writeFileSync(path.join(root, "files", "search.wasm"), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    fixture = await startNginx({ root, port: FIXTURE_PORT });
  });
  test.afterAll(async () => {
    await fixture?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test("a folder without a page is not listed: 404 with the not-found page", async () => {
    const response = await rawGet(`${fixture.origin}/files/`);
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain("report.txt");
    expect(response.body.toString()).toContain(zhCommon.notFound.title);
    // The file itself is served, so the 404 above is the listing being refused.
    expect((await rawGet(`${fixture.origin}/files/report.txt`)).status).toBe(200);
  });

  test("no dotfile or dot-folder is served, except /.well-known/", async () => {
    for (const address of ["/.env", "/.git/config", "/.git/", "/files/.htpasswd"]) {
      const response = await rawGet(fixture.origin + address);
      expect(response.status, address).toBe(404);
      expect(response.body.toString(), address).not.toMatch(/SECRET|\[core\]|admin:/);
    }
    expect((await rawGet(`${fixture.origin}/.well-known/security.txt`)).status).toBe(200);
  });

  test("the site's modules under /assets/ are cached for a year as immutable; WebAssembly has its type", async () => {
    const module = await rawGet(`${fixture.origin}/assets/toolbar.3f9a2c71.js`);
    expect(module.status).toBe(200);
    expect(module.headers["content-type"]).toBe("application/javascript; charset=utf-8");
    expect(module.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const wasm = await rawGet(`${fixture.origin}/files/search.wasm`);
    expect(wasm.status).toBe(200);
    expect(wasm.headers["content-type"]).toBe("application/wasm");
    expect(wasm.headers["cache-control"]).toBe("public, max-age=3600");
  });

  test("a 404, whatever its cause, writes nothing to the error log", async () => {
    const before = fixture.errorLog().length;
    for (const address of ["/missing.html", "/missing/", "/files/", "/files/missing.txt", "/.env", "/404/", "/assets/missing.js", "/favicon.ico"]) {
      const response = await rawGet(fixture.origin + address);
      expect(response.status, address).toBe(address === "/favicon.ico" ? 204 : 404);
    }
    // nginx writes its log as it answers; let the last lines arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fixture.errorLog().slice(before)).toBe("");
  });
});

test.describe("the shipped HTTPS example (deploy/site.conf.example)", () => {
  // The example itself, moved to loopback ports with a certificate made for this run
  // (scripts/lib/nginx-server.ts replaces only its ports, certificate, folders and log).
  const HTTP_PORT = PORT + 2;
  const HTTPS_PORT = PORT + 3;
  let example: RunningNginx;
  let dir: string;
  let route: LoopbackRoute;
  test.beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nanlang-https-"));
    const certificate = makeThrowawayCertificate(dir, EXAMPLE_HOST);
    const acmeRoot = path.join(dir, "acme");
    fs.mkdirSync(path.join(acmeRoot, ".well-known", "acme-challenge"), { recursive: true });
    fs.writeFileSync(path.join(acmeRoot, ".well-known", "acme-challenge", "token-1"), "token-1.key\n");
    route = { host: EXAMPLE_HOST, httpPort: HTTP_PORT, httpsPort: HTTPS_PORT, ca: certificate.ca };
    example = await startNginx({
      root: OUT_DIR,
      port: HTTP_PORT,
      cspMapsFile: CSP_MAPS_FILE,
      httpsExample: { httpsPort: HTTPS_PORT, certificate: certificate.certificateFile, key: certificate.keyFile, acmeRoot },
    });
  });
  test.afterAll(async () => {
    await example?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const at = (address: string) => new URL(address, `https://${EXAMPLE_HOST}`);

  test("plain HTTP sends every address to the same one over HTTPS, except the certificate authority's challenge", async () => {
    for (const address of ["/", "/sections/biomedicine/?q=%E5%8C%BB", "/no-such-page/"]) {
      const response = await request(route, new URL(address, `http://${EXAMPLE_HOST}`), "GET", {});
      expect(response.status, address).toBe(301);
      expect(response.headers.location, address).toBe(`https://${EXAMPLE_HOST}${address}`);
      // HSTS means nothing over plain HTTP, and is not sent there.
      expect(response.headers["strict-transport-security"], address).toBeUndefined();
      expect(response.headers.server, address).toBe("nginx");
    }
    const challenge = await request(route, new URL(`http://${EXAMPLE_HOST}/.well-known/acme-challenge/token-1`), "GET", {});
    expect(challenge.status).toBe(200);
    expect(challenge.body).toBe("token-1.key\n");
  });

  test("HTTPS sends HSTS and exactly the headers of the tested plain-HTTP server, on pages and errors alike", async () => {
    const compared = [
      "content-type",
      "content-security-policy",
      "x-content-type-options",
      "referrer-policy",
      "permissions-policy",
      "x-frame-options",
      "cross-origin-opener-policy",
      "cross-origin-resource-policy",
      "cache-control",
      "server",
    ];
    for (const [address, status] of [
      ["/", 200],
      ["/search/", 200],
      ["/sections/biomedicine/", 200],
      ["/no-such-page/", 404],
      ["/404/", 404],
    ] as const) {
      const secure = await request(route, at(address), "GET", {});
      const plain = await rawGet(server.origin + address);
      expect(secure.status, address).toBe(status);
      expect(plain.status, address).toBe(status);
      expect(secure.headers["strict-transport-security"], address).toBe("max-age=63072000; includeSubDomains");
      for (const name of compared) expect(secure.headers[name], `${address} ${name}`).toEqual(plain.headers[name]);
      expect(secure.body, address).toBe(plain.body.toString());
    }
    const post = await new Promise<number>((resolve, reject) => {
      const socket = tls.connect({ host: "127.0.0.1", port: HTTPS_PORT, servername: EXAMPLE_HOST, ca: route.ca }, () =>
        socket.end(`POST / HTTP/1.1\r\nHost: ${EXAMPLE_HOST}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`),
      );
      let head = "";
      socket.on("data", (chunk: Buffer) => (head += chunk.toString("latin1")));
      socket.on("close", () =>
        resolve(head.includes("Strict-Transport-Security: max-age=63072000") && head.includes("Cache-Control: no-store") ? Number(head.slice(9, 12)) : 0),
      );
      socket.on("error", reject);
    });
    expect(post).toBe(405);
  });

  test("HTTPS speaks HTTP/2 and TLS 1.2 or 1.3, never older", async () => {
    const handshake = (options: tls.ConnectionOptions) =>
      new Promise<string>((resolve) => {
        const socket = tls.connect({ host: "127.0.0.1", port: HTTPS_PORT, servername: EXAMPLE_HOST, ca: route.ca, ...options }, () => {
          resolve(`${socket.getProtocol()} ${socket.alpnProtocol || "-"}`);
          socket.end();
        });
        socket.on("error", (error: NodeJS.ErrnoException) => resolve(`refused ${error.code ?? error.message}`));
      });
    expect(await handshake({ ALPNProtocols: ["h2", "http/1.1"] })).toBe("TLSv1.3 h2");
    expect(await handshake({ minVersion: "TLSv1.2", maxVersion: "TLSv1.2", ALPNProtocols: ["h2"] })).toBe("TLSv1.2 h2");
    // This client offers the old versions (security level 0), so a refusal is the server's.
    for (const version of ["TLSv1.1", "TLSv1"] as const) {
      expect(await handshake({ minVersion: "TLSv1", maxVersion: version, ciphers: "DEFAULT@SECLEVEL=0" }), version).toBe(
        "refused ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION",
      );
    }
    const session = http2.connect(`https://${EXAMPLE_HOST}`, {
      createConnection: () => tls.connect({ host: "127.0.0.1", port: HTTPS_PORT, servername: EXAMPLE_HOST, ca: route.ca, ALPNProtocols: ["h2"] }),
    });
    const headers = await new Promise<http2.IncomingHttpHeaders>((resolve, reject) => {
      const stream = session.request({ ":path": "/sections/biomedicine/" });
      stream.on("response", resolve);
      stream.on("error", reject);
      stream.resume();
    });
    session.close();
    expect(headers[":status"]).toBe(200);
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });

  test("graded by Mozilla HTTP Observatory's published rules, it gets A+, as deploy/README.md says", async () => {
    const grade = gradeSite(await observeSite(route));
    expect(grade.grade).toBe("A+");
    expect(grade.score).toBeGreaterThanOrEqual(100);
    expect(grade.tests.filter((t) => t.modifier < 0)).toEqual([]);
    expect(fs.readFileSync(path.resolve("deploy", "README.md"), "utf8")).toContain(await gradeTable(grade));
  });
});

/** Collects what a reader's browser would complain about: console errors, uncaught errors, CSP violations. */
async function watchForProblems(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  // The console says "Failed to load resource" without the address: name it.
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const record = window as unknown as { __cspViolations?: string[] };
      (record.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  /** The CSP violations the current page has reported so far. */
  const cspViolations = () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  return { problems, cspViolations };
}

test.describe("pages under the Content-Security-Policy", () => {
  test("every page loads and starts its modules with no console error and no CSP violation", async ({ page }) => {
    const { problems, cspViolations } = await watchForProblems(page);
    for (const address of exportedPages().filter((a) => !a.includes("404") && !a.includes("_not-found"))) {
      await page.goto(server.origin + address, { waitUntil: "networkidle" });
      await modulesReady(page);
      await expect(page.locator("[data-module-failed]"), address).toHaveCount(0);
      const violations = await cspViolations();
      expect(violations, address).toEqual([]);
    }
    expect(problems).toEqual([]);
  });

  test("links lead from page to page, and a chosen display mode applies on every one", async ({ page }) => {
    const { problems, cspViolations } = await watchForProblems(page);
    await page.goto(`${server.origin}/sections/biomedicine/`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "长者助手" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
    const pager = page.getByRole("navigation", { name: zhCommon.section.pagerLabel });
    await pager.getByRole("link", { name: new RegExp(zhCommon.section.next) }).click();
    await expect(page).toHaveURL(`${server.origin}/sections/tourism/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("孙中山故里旅游区");
    // The boot script, allowed by its hash, applied the mode before the page's modules.
    await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
    await expect(page.getByRole("button", { name: "长者助手" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("navigation", { name: zhCommon.header.navLabel }).getByRole("link", { name: "十件民生实事" }).click();
    await expect(page).toHaveURL(`${server.origin}/projects/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("十件民生实事");
    await expect(page.locator("html")).toHaveAttribute("data-elder", "on");
    const violations = await cspViolations();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  test("search works under the policy: Pagefind's WebAssembly and worker load from the site", async ({ page }) => {
    const { problems, cspViolations } = await watchForProblems(page);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent("中医药")}`, { waitUntil: "networkidle" });
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^找到 \d+ 个/);
    await expect(page.getByRole("region", { name: "搜索结果" }).getByRole("list").first().getByRole("link").first()).toHaveAttribute(
      "href",
      "/sections/biomedicine/",
    );
    const violations = await cspViolations();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  test("an inline script that was not in the page when it was built does not run", async ({ page }) => {
    await page.goto(`${server.origin}/sections/biomedicine/`, { waitUntil: "networkidle" });
    const outcome = await page.evaluate(async () => {
      const blocked = new Promise<string>((resolve) =>
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), { once: true }),
      );
      const script = document.createElement("script");
      script.textContent = "window.__injected = true;";
      document.body.append(script);
      const div = document.createElement("div");
      div.innerHTML = '<img src="data:," onerror="window.__injected = true">';
      document.body.append(div);
      const directive = await blocked;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { directive, injected: (window as unknown as { __injected?: boolean }).__injected ?? false };
    });
    expect(outcome).toEqual({ directive: "script-src-elem", injected: false });
  });
});
