import http from "node:http";
import https from "node:https";
import path from "node:path";
import prettier from "prettier";
import { attribute, elements, parseHtml } from "./export-files";

/**
 * The grade Mozilla's HTTP Observatory would give a site, computed by its published
 * scoring rules (MDN HTTP Observatory, "Tests and scoring") from real responses:
 * http://HOST/ and the redirects it gives, https://HOST/ and a CORS preflight. Start at
 * 100; add every test's modifier; bonuses count only if the score without them is at
 * least 90; 100 and over is A+.
 *
 * What this does not do, and why it does not matter for this site: the HSTS preload list
 * is not consulted (the example host is not on it; being on it could only add 5), cookies
 * are not graded (the site sets none; any cookie makes the grading fail instead), and a
 * script from another host counts as foreign even on a sister domain (the site loads none).
 */

export interface ObservedResponse {
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface ObservatoryInput {
  host: string;
  /** http://HOST/ and every redirect followed from it; null when plain HTTP is refused. */
  httpChain: ObservedResponse[] | null;
  /** https://HOST/ after its redirects; null when HTTPS is refused. */
  https: ObservedResponse | null;
  /** The certificate was verified (chain and host name). */
  httpsVerified: boolean;
  /** The answer to a CORS preflight (OPTIONS with Origin) for the final address. */
  cors: ObservedResponse | null;
  /** Every Set-Cookie seen. */
  cookies: string[];
}

export interface ObservatoryTest {
  test: string;
  result: string;
  modifier: number;
}

export interface ObservatoryGrade {
  score: number;
  grade: string;
  tests: ObservatoryTest[];
}

// ---------------------------------------------------------------------------------------------
// Reading a site

/** Where a request for the example host really goes: loopback ports, and the authority to trust. */
export interface LoopbackRoute {
  host: string;
  httpPort: number;
  httpsPort: number;
  ca: string;
}

/** One request to the host under test, through its loopback route; redirects are not followed. */
export function request(route: LoopbackRoute, url: URL, method: "GET" | "OPTIONS", headers: Record<string, string>, verify = true): Promise<ObservedResponse> {
  // Only the host under test, on its default ports, which are mapped to loopback: nothing leaves the machine.
  if (url.hostname !== route.host || url.port !== "") throw new Error(`Refusing to follow ${url.href}: only ${route.host} on loopback is graded.`);
  const secure = url.protocol === "https:";
  const options: https.RequestOptions = {
    host: "127.0.0.1",
    port: secure ? route.httpsPort : route.httpPort,
    path: `${url.pathname}${url.search}`,
    method,
    headers: { Host: route.host, "User-Agent": "nanlang-observatory-check", ...headers },
    ...(secure ? { servername: route.host, ca: route.ca, rejectUnauthorized: verify } : {}),
  };
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(options, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ url: url.href, status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
      response.on("error", reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`timed out: ${url.href}`)));
    req.on("error", reject);
    req.end();
  });
}

const ACCEPT_HTML = { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

/** Follows redirects from `start`, as the Observatory does (at most 10). */
async function chainFrom(route: LoopbackRoute, start: URL, verify: boolean): Promise<ObservedResponse[]> {
  const chain: ObservedResponse[] = [];
  let url = start;
  for (let hop = 0; hop <= 10; hop++) {
    const response = await request(route, url, "GET", ACCEPT_HTML, verify);
    chain.push(response);
    const location = response.headers.location;
    if (![301, 302, 303, 307, 308].includes(response.status) || !location) break;
    url = new URL(location, url);
  }
  return chain;
}

const CERTIFICATE_ERRORS = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ALTNAME|HOSTNAME/;

/** Makes the requests the Observatory makes, to the host behind `route`. */
export async function observeSite(route: LoopbackRoute): Promise<ObservatoryInput> {
  const root = (scheme: string) => new URL(`${scheme}://${route.host}/`);
  const attempt = async (start: URL, verify: boolean) => {
    try {
      return { chain: await chainFrom(route, start, verify), verified: verify };
    } catch (error) {
      const code = String((error as { code?: unknown }).code ?? "");
      if (verify && CERTIFICATE_ERRORS.test(code)) return attempt(start, false);
      if (/ECONNREFUSED|ECONNRESET|EPROTO/.test(code)) return null;
      throw error;
    }
  };
  const httpAttempt = await attempt(root("http"), true);
  const httpsAttempt = await attempt(root("https"), true);
  const final = (httpsAttempt ?? httpAttempt)?.chain.at(-1);
  const cors = final
    ? await request(
        route,
        new URL(final.url),
        "OPTIONS",
        { "Access-Control-Request-Method": "GET", Origin: "https://http-observatory.security.mozilla.org" },
        httpsAttempt?.verified ?? true,
      )
    : null;
  const robots = final
    ? await request(route, new URL("/robots.txt", final.url), "GET", { Accept: "text/plain,*/*;q=0.8" }, httpsAttempt?.verified ?? true)
    : null;
  const seen = [...(httpAttempt?.chain ?? []), ...(httpsAttempt?.chain ?? []), ...(robots ? [robots] : [])];
  return {
    host: route.host,
    httpChain: httpAttempt?.chain ?? null,
    https: httpsAttempt?.chain.at(-1) ?? null,
    // A chain that ends on HTTPS is verified only if its HTTPS hop was.
    httpsVerified: (httpsAttempt?.verified ?? false) && (httpAttempt?.verified ?? true),
    cors,
    cookies: seen.flatMap((response) => response.headers["set-cookie"] ?? []),
  };
}

// ---------------------------------------------------------------------------------------------
// Grading

function headerValues(response: ObservedResponse | null, name: string): string[] {
  const value = response?.headers[name.toLowerCase()];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [String(value)];
}

/** <meta http-equiv> and <meta name="referrer"> of an HTML page, lower-cased names. */
function metaPolicies(response: ObservedResponse | null): Map<string, string[]> {
  const found = new Map<string, string[]>();
  if (!response || !/^text\/html\b/.test(String(response.headers["content-type"] ?? ""))) return found;
  for (const element of elements(parseHtml(response.body))) {
    if (element.tagName !== "meta") continue;
    const name = (attribute(element, "http-equiv") ?? (attribute(element, "name") === "referrer" ? "referrer-policy" : "")).toLowerCase();
    const content = attribute(element, "content");
    if (name && content !== undefined) found.set(name, [...(found.get(name) ?? []), content]);
  }
  return found;
}

const BROAD = new Set(["ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*"]);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", "data:"]);
const NONCE_OR_HASH = /^'(?:sha256-|sha384-|sha512-|nonce-)/;

/** Directives of one or more policies; where a directive repeats, the first one counts (CSP3). */
function parseCsp(policies: string[], allowFrameAncestors: boolean): Map<string, Set<string>> {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies.flatMap((value) => value.split(","))) {
    for (const part of policy.split(";")) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const directive = name.toLowerCase();
      if (!allowFrameAncestors && directive === "frame-ancestors") continue;
      if (!directives.has(directive))
        directives.set(directive, new Set(sources.map((source) => (source.startsWith("'") && !NONCE_OR_HASH.test(source) ? source.toLowerCase() : source))));
    }
  }
  return directives;
}

function cspTest(input: ObservatoryInput, auto: ObservedResponse): ObservatoryTest & { frameAncestors: boolean } {
  const fromHeader = parseCsp(headerValues(auto, "content-security-policy"), true);
  const fromMeta = parseCsp(metaPolicies(auto).get("content-security-policy") ?? [], false);
  const csp = new Map([...fromMeta, ...fromHeader]);
  const outcome = (result: string, modifier: number) => ({
    test: "Content Security Policy",
    result,
    modifier,
    frameAncestors: fromHeader.has("frame-ancestors"),
  });
  if (csp.size === 0) return outcome("csp-not-implemented", -25);
  const fallback = (name: string) => new Set(csp.get(name) ?? csp.get("default-src") ?? ["*"]);
  const scriptSrc = fallback("script-src");
  const styleSrc = fallback("style-src");
  const objectSrc = fallback("object-src");
  for (const list of [scriptSrc, styleSrc]) if ([...list].some((s) => NONCE_OR_HASH.test(s))) list.delete("'unsafe-inline'");
  if ([...scriptSrc].some((s) => NONCE_OR_HASH.test(s)) && scriptSrc.has("'strict-dynamic'")) {
    for (const source of [...scriptSrc])
      if ([...BROAD].some((broad) => source.startsWith(broad)) || source === "'self'" || source === "'unsafe-inline'") scriptSrc.delete(source);
  } else if (scriptSrc.has("'strict-dynamic'")) {
    return outcome("csp-header-invalid", -25);
  }
  const secure = input.https !== null && auto === input.https;
  const passive = ["img-src", "media-src"].flatMap((name) => [...(csp.get(name) ?? csp.get("default-src") ?? [])]);
  const active = [...csp]
    .filter(([name]) => !["img-src", "media-src", "script-src"].includes(name))
    .flatMap(([, list]) => [...list])
    .concat([...scriptSrc]);
  const insecure = (sources: string[]) => sources.some((s) => s.startsWith("http:") || s.startsWith("ftp:"));
  if ([...scriptSrc].some((s) => BROAD.has(s) || UNSAFE_INLINE.has(s)) || [...objectSrc].some((s) => BROAD.has(s)))
    return outcome("csp-implemented-with-unsafe-inline", -20);
  if (secure && insecure(active)) return outcome("csp-implemented-with-insecure-scheme", -20);
  if (scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'")) return outcome("csp-implemented-with-unsafe-eval", -10);
  if (secure && insecure(passive)) return outcome("csp-implemented-with-insecure-scheme-in-passive-content-only", -10);
  if ([...styleSrc].some((s) => BROAD.has(s) || UNSAFE_INLINE.has(s))) return outcome("csp-implemented-with-unsafe-inline-in-style-src-only", 0);
  const defaultSrc = csp.get("default-src");
  if (defaultSrc?.size === 1 && defaultSrc.has("'none'")) return outcome("csp-implemented-with-no-unsafe-default-src-none", 10);
  return outcome("csp-implemented-with-no-unsafe", 5);
}

function cookiesTest(input: ObservatoryInput): ObservatoryTest {
  if (input.cookies.length > 0) {
    throw new Error(`The site set cookies (${input.cookies.join("; ")}): this grader does not judge cookies. The site is meant to set none.`);
  }
  return { test: "Cookies", result: "cookies-not-found", modifier: 0 };
}

function corsTest(input: ObservatoryInput): ObservatoryTest {
  const test = "Cross-Origin Resource Sharing";
  const allowOrigin = headerValues(input.cors, "access-control-allow-origin")[0]?.trim().toLowerCase();
  if (!allowOrigin) return { test, result: "cross-origin-resource-sharing-not-implemented", modifier: 0 };
  if (allowOrigin === "*") return { test, result: "cross-origin-resource-sharing-implemented-with-public-access", modifier: 0 };
  const credentials = headerValues(input.cors, "access-control-allow-credentials")[0]?.trim().toLowerCase() === "true";
  if (credentials && allowOrigin === "https://http-observatory.security.mozilla.org") {
    return { test, result: "cross-origin-resource-sharing-implemented-with-universal-access", modifier: -50 };
  }
  return { test, result: "cross-origin-resource-sharing-implemented-with-restricted-access", modifier: 0 };
}

function redirectionTest(input: ObservatoryInput): ObservatoryTest {
  const test = "Redirection";
  const chain = input.httpChain;
  if (!chain) return { test, result: "redirection-not-needed-no-http", modifier: 0 };
  const urls = chain.map((response) => new URL(response.url));
  const endsOnHttps = urls.at(-1)?.protocol === "https:";
  if (endsOnHttps && !input.httpsVerified) return { test, result: "redirection-invalid-cert", modifier: -20 };
  if (urls.length === 1) return { test, result: "redirection-missing", modifier: -20 };
  if (!endsOnHttps) return { test, result: "redirection-not-to-https", modifier: -20 };
  if (urls[1]?.protocol === "http:") return { test, result: "redirection-not-to-https-on-initial-redirection", modifier: -10 };
  if (urls[0]?.hostname !== urls[1]?.hostname) return { test, result: "redirection-off-host-from-http", modifier: -5 };
  return { test, result: "redirection-to-https", modifier: 0 };
}

function referrerTest(auto: ObservedResponse): ObservatoryTest {
  const test = "Referrer Policy";
  const good = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];
  const bad = ["origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"];
  const values = [...headerValues(auto, "referrer-policy"), ...(metaPolicies(auto).get("referrer-policy") ?? [])];
  if (values.length === 0) return { test, result: "referrer-policy-not-implemented", modifier: 0 };
  const policy = values
    .join(",")
    .split(",")
    .map((token) => token.trim().toLowerCase())
    .filter((token) => good.includes(token) || bad.includes(token))
    .at(-1);
  if (policy && good.includes(policy)) return { test, result: "referrer-policy-private", modifier: 5 };
  if (policy) return { test, result: "referrer-policy-unsafe", modifier: -5 };
  return { test, result: "referrer-policy-header-invalid", modifier: -5 };
}

function hstsTest(input: ObservatoryInput): ObservatoryTest {
  const test = "Strict Transport Security";
  if (!input.https) return { test, result: "hsts-not-implemented-no-https", modifier: -20 };
  if (!input.httpsVerified) return { test, result: "hsts-invalid-cert", modifier: -20 };
  const header = headerValues(input.https, "strict-transport-security")[0];
  if (header === undefined) return { test, result: "hsts-not-implemented", modifier: -20 };
  const maxAge = /(?:^|;)\s*max-age=(\d+)/i.exec(header)?.[1];
  if (header.includes(",") || maxAge === undefined) return { test, result: "hsts-header-invalid", modifier: -20 };
  // Six months, as the Observatory counts it (15,552,000 seconds).
  if (Number(maxAge) < 15_552_000) return { test, result: "hsts-implemented-max-age-less-than-six-months", modifier: -10 };
  return { test, result: "hsts-implemented-max-age-at-least-six-months", modifier: 0 };
}

function sriTest(input: ObservatoryInput, auto: ObservedResponse): ObservatoryTest {
  const test = "Subresource Integrity";
  const type = String(auto.headers["content-type"] ?? "")
    .split(";")[0]
    ?.trim();
  if (type && type !== "text/html" && type !== "application/xhtml+xml") return { test, result: "sri-not-implemented-response-not-html", modifier: 0 };
  const scripts = [...elements(parseHtml(auto.body))].filter((element) => element.tagName === "script");
  if (scripts.length === 0) return { test, result: "sri-not-implemented-but-no-scripts-loaded", modifier: 0 };
  const rank = [
    "sri-implemented-and-all-scripts-loaded-securely",
    "sri-implemented-and-external-scripts-loaded-securely",
    "sri-implemented-but-external-scripts-not-loaded-securely",
    "sri-not-implemented-but-external-scripts-loaded-securely",
    "sri-not-implemented-and-external-scripts-not-loaded-securely",
  ];
  const modifiers: Record<string, number> = {
    "sri-implemented-and-all-scripts-loaded-securely": 5,
    "sri-implemented-and-external-scripts-loaded-securely": 5,
    "sri-implemented-but-external-scripts-not-loaded-securely": -20,
    "sri-not-implemented-but-external-scripts-loaded-securely": -5,
    "sri-not-implemented-and-external-scripts-not-loaded-securely": -50,
    "sri-not-implemented-but-all-scripts-loaded-from-secure-origin": 0,
  };
  let result: string | undefined;
  const worse = (candidate: string) => {
    if (result === undefined || rank.indexOf(candidate) > rank.indexOf(result)) result = candidate;
  };
  let foreign = false;
  const pageIsHttps = new URL(auto.url).protocol === "https:";
  for (const script of scripts) {
    const src = attribute(script, "src");
    if (!src) continue;
    const integrity = Boolean(attribute(script, "integrity"));
    const protocolRelative = /^\/\/[^/]/.test(src);
    const absolute = /^https?:\/\//i.test(src);
    const sameHost = !protocolRelative && (!absolute || new URL(src).hostname === input.host);
    const secureScheme = absolute ? src.toLowerCase().startsWith("https:") : !protocolRelative && pageIsHttps;
    if (sameHost) {
      if (integrity && secureScheme && result === undefined) result = "sri-implemented-and-all-scripts-loaded-securely";
      continue;
    }
    foreign = true;
    if (integrity && !secureScheme) worse("sri-implemented-but-external-scripts-not-loaded-securely");
    else if (!integrity && secureScheme) worse("sri-not-implemented-but-external-scripts-loaded-securely");
    else if (!integrity) worse("sri-not-implemented-and-external-scripts-not-loaded-securely");
  }
  result ??= foreign ? "sri-implemented-and-external-scripts-loaded-securely" : "sri-not-implemented-but-all-scripts-loaded-from-secure-origin";
  return { test, result, modifier: modifiers[result] ?? 0 };
}

function contentTypeOptionsTest(auto: ObservedResponse): ObservatoryTest {
  const test = "X-Content-Type-Options";
  const value = headerValues(auto, "x-content-type-options")[0];
  if (value === undefined) return { test, result: "x-content-type-options-not-implemented", modifier: -5 };
  if (value.trim().toLowerCase() === "nosniff") return { test, result: "x-content-type-options-nosniff", modifier: 0 };
  return { test, result: "x-content-type-options-header-invalid", modifier: -5 };
}

function frameOptionsTest(auto: ObservedResponse, frameAncestorsInCsp: boolean): ObservatoryTest {
  const test = "X-Frame-Options";
  if (frameAncestorsInCsp) return { test, result: "x-frame-options-implemented-via-csp", modifier: 5 };
  const value = headerValues(auto, "x-frame-options")[0]?.trim().toLowerCase();
  if (value === undefined) return { test, result: "x-frame-options-not-implemented", modifier: -20 };
  if (value === "deny" || value === "sameorigin") return { test, result: "x-frame-options-sameorigin-or-deny", modifier: 0 };
  if (value.startsWith("allow-from")) return { test, result: "x-frame-options-allow-from-origin", modifier: 0 };
  return { test, result: "x-frame-options-header-invalid", modifier: -20 };
}

function resourcePolicyTest(auto: ObservedResponse): ObservatoryTest {
  const test = "Cross-Origin Resource Policy";
  const value = (headerValues(auto, "cross-origin-resource-policy")[0] ?? metaPolicies(auto).get("cross-origin-resource-policy")?.at(-1))?.trim().toLowerCase();
  if (!value) return { test, result: "corp-not-implemented", modifier: 0 };
  if (value === "same-origin") return { test, result: "corp-implemented-with-same-origin", modifier: 10 };
  if (value === "same-site") return { test, result: "corp-implemented-with-same-site", modifier: 10 };
  if (value === "cross-origin") return { test, result: "corp-implemented-with-cross-origin", modifier: 0 };
  return { test, result: "corp-header-invalid", modifier: -5 };
}

/** 100 and over: A+; then A (90), A- (85), B+ (80), B (70), B- (65), C+ (60), C (50), C- (45), D+ (40), D (30), D- (25), F. */
export function gradeForScore(score: number): string {
  const steps: [number, string][] = [
    [100, "A+"],
    [90, "A"],
    [85, "A-"],
    [80, "B+"],
    [70, "B"],
    [65, "B-"],
    [60, "C+"],
    [50, "C"],
    [45, "C-"],
    [40, "D+"],
    [30, "D"],
    [25, "D-"],
  ];
  return steps.find(([floor]) => score >= floor)?.[1] ?? "F";
}

export function gradeSite(input: ObservatoryInput): ObservatoryGrade {
  const auto = input.https ?? input.httpChain?.at(-1);
  if (!auto) throw new Error(`${input.host} answered neither HTTP nor HTTPS.`);
  if (auto.status < 200 || auto.status >= 300) throw new Error(`${auto.url} answered ${auto.status}: the Observatory grades only a 2xx page.`);
  const csp = cspTest(input, auto);
  const tests: ObservatoryTest[] = [
    { test: csp.test, result: csp.result, modifier: csp.modifier },
    cookiesTest(input),
    corsTest(input),
    redirectionTest(input),
    referrerTest(auto),
    hstsTest(input),
    sriTest(input, auto),
    contentTypeOptionsTest(auto),
    frameOptionsTest(auto, csp.frameAncestors),
    resourcePolicyTest(auto),
  ];
  const withBonuses = 100 + tests.reduce((sum, t) => sum + t.modifier, 0);
  const withoutBonuses = 100 + tests.reduce((sum, t) => sum + Math.min(t.modifier, 0), 0);
  const score = Math.max(0, withoutBonuses >= 90 ? withBonuses : withoutBonuses);
  return { score, grade: gradeForScore(score), tests };
}

/** The grade as a Markdown table, as deploy/README.md shows it. */
/** The grade as a Markdown table, laid out as Prettier lays out deploy/README.md, so it can be pasted there as it is. */
export async function gradeTable(grade: ObservatoryGrade): Promise<string> {
  const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");
  const table = [
    "| test | result | score |",
    "| --- | --- | ---: |",
    ...grade.tests.map((t) => `| ${t.test} | \`${t.result}\` | ${signed(t.modifier)} |`),
    `| **total** | **grade ${grade.grade}** | **${grade.score}** |`,
  ].join("\n");
  const readme = path.resolve("deploy", "README.md");
  const formatted = await prettier.format(table, { ...(await prettier.resolveConfig(readme)), filepath: readme });
  return formatted.trimEnd();
}
