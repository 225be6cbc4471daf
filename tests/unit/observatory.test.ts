import { describe, expect, it } from "vitest";
import { gradeForScore, gradeSite, type ObservatoryInput, type ObservedResponse } from "@/scripts/lib/observatory";

/**
 * The Observatory's scoring rules as scripts/lib/observatory.ts applies them, on answers
 * written out here. The real answers of the shipped configuration are graded in
 * tests/e2e/server.spec.ts.
 */

const HOST = "www.example.gov.cn";
const PAGE = '<!doctype html><html lang="zh-CN"><head><script>boot()</script></head><body><script src="/_next/static/chunks/a.js"></script></body></html>';

/** The headers deploy/server.conf sends, as of the plain-HTTP configuration shipped before (CSP with default-src 'self'). */
const OLD_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy":
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; worker-src 'self'; style-src 'self' 'sha256-def='; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

function response(url: string, status: number, headers: Record<string, string>, body = ""): ObservedResponse {
  return { url, status, headers, body };
}

/** A site on HTTPS that redirects plain HTTP, with the given headers on its home page. */
function httpsSite(headers: Record<string, string>, body = PAGE): ObservatoryInput {
  const home = response(`https://${HOST}/`, 200, headers, body);
  return {
    host: HOST,
    httpChain: [response(`http://${HOST}/`, 301, { location: `https://${HOST}/` }), home],
    https: home,
    httpsVerified: true,
    cors: response(`https://${HOST}/`, 405, {}),
    cookies: [],
  };
}

const NEW_HEADERS = {
  ...OLD_HEADERS,
  "content-security-policy":
    "default-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "cross-origin-resource-policy": "same-origin",
};

const results = (input: ObservatoryInput) => Object.fromEntries(gradeSite(input).tests.map((t) => [t.test, `${t.result} ${t.modifier}`]));

describe("the Mozilla HTTP Observatory's scoring, applied to answers", () => {
  it("grades the plain-HTTP configuration shipped before C+ (60): no redirect, no HSTS, so no bonus counts", () => {
    const home = response(`http://${HOST}/`, 200, OLD_HEADERS, PAGE);
    const grade = gradeSite({ host: HOST, httpChain: [home], https: null, httpsVerified: false, cors: null, cookies: [] });
    expect(results({ host: HOST, httpChain: [home], https: null, httpsVerified: false, cors: null, cookies: [] })).toMatchObject({
      Redirection: "redirection-missing -20",
      "Strict Transport Security": "hsts-not-implemented-no-https -20",
      "Content Security Policy": "csp-implemented-with-no-unsafe 5",
    });
    expect(grade).toMatchObject({ score: 60, grade: "C+" });
  });

  it("grades the HTTPS configuration A+ (130)", () => {
    const grade = gradeSite(httpsSite(NEW_HEADERS));
    expect(grade).toMatchObject({ score: 130, grade: "A+" });
    expect(results(httpsSite(NEW_HEADERS))).toEqual({
      "Content Security Policy": "csp-implemented-with-no-unsafe-default-src-none 10",
      Cookies: "cookies-not-found 0",
      "Cross-Origin Resource Sharing": "cross-origin-resource-sharing-not-implemented 0",
      Redirection: "redirection-to-https 0",
      "Referrer Policy": "referrer-policy-private 5",
      "Strict Transport Security": "hsts-implemented-max-age-at-least-six-months 0",
      "Subresource Integrity": "sri-not-implemented-but-all-scripts-loaded-from-secure-origin 0",
      "X-Content-Type-Options": "x-content-type-options-nosniff 0",
      "X-Frame-Options": "x-frame-options-implemented-via-csp 5",
      "Cross-Origin Resource Policy": "corp-implemented-with-same-origin 10",
    });
  });

  it("takes 'wasm-unsafe-eval' for what it is (WebAssembly only), but 'unsafe-eval' and 'unsafe-inline' as unsafe", () => {
    const csp = (policy: string) => results(httpsSite({ ...NEW_HEADERS, "content-security-policy": policy }))["Content Security Policy"];
    expect(csp("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'")).toBe("csp-implemented-with-no-unsafe-default-src-none 10");
    expect(csp("default-src 'none'; script-src 'self' 'unsafe-eval'")).toBe("csp-implemented-with-unsafe-eval -10");
    expect(csp("default-src 'none'; script-src 'self' 'unsafe-inline'")).toBe("csp-implemented-with-unsafe-inline -20");
    // A hash makes browsers ignore 'unsafe-inline', and so does the Observatory.
    expect(csp("default-src 'none'; script-src 'self' 'unsafe-inline' 'sha256-abc='")).toBe("csp-implemented-with-no-unsafe-default-src-none 10");
    expect(csp("default-src 'self'; style-src 'self' 'unsafe-inline'")).toBe("csp-implemented-with-unsafe-inline-in-style-src-only 0");
    expect(csp("default-src 'none'; script-src https:")).toBe("csp-implemented-with-unsafe-inline -20");
    expect(csp("default-src 'none'; script-src 'self' http://cdn.example.org")).toBe("csp-implemented-with-insecure-scheme -20");
    expect(csp("default-src 'none'; img-src http:")).toBe("csp-implemented-with-insecure-scheme-in-passive-content-only -10");
  });

  it("takes off for each missing protection, and drops every bonus once the score without them falls under 90", () => {
    const { "strict-transport-security": _hsts, "x-content-type-options": _xcto, ...weaker } = NEW_HEADERS;
    const grade = gradeSite(httpsSite(weaker));
    expect(results(httpsSite(weaker))).toMatchObject({
      "Strict Transport Security": "hsts-not-implemented -20",
      "X-Content-Type-Options": "x-content-type-options-not-implemented -5",
    });
    expect(grade).toMatchObject({ score: 75, grade: "B" });
    const shortHsts = gradeSite(httpsSite({ ...NEW_HEADERS, "strict-transport-security": "max-age=86400" }));
    expect(shortHsts).toMatchObject({ score: 120, grade: "A+" });
    expect(shortHsts.tests.find((t) => t.test === "Strict Transport Security")?.result).toBe("hsts-implemented-max-age-less-than-six-months");
  });

  it("judges redirects: off-host, through plain HTTP, to nowhere, or with a certificate that does not verify", () => {
    const site = httpsSite(NEW_HEADERS);
    const via = (...urls: string[]) => ({ ...site, httpChain: urls.map((url, i) => response(url, i < urls.length - 1 ? 301 : 200, {})) });
    const redirection = (input: ObservatoryInput) => results(input).Redirection;
    expect(redirection(via(`http://${HOST}/`, `https://example.gov.cn/`))).toBe("redirection-off-host-from-http -5");
    expect(redirection(via(`http://${HOST}/`, `http://${HOST}/home`, `https://${HOST}/`))).toBe("redirection-not-to-https-on-initial-redirection -10");
    expect(redirection(via(`http://${HOST}/`, `http://${HOST}/home`))).toBe("redirection-not-to-https -20");
    expect(redirection({ ...site, httpsVerified: false })).toBe("redirection-invalid-cert -20");
    expect(results({ ...site, httpsVerified: false })["Strict Transport Security"]).toBe("hsts-invalid-cert -20");
  });

  it("judges scripts from other hosts by Subresource Integrity, and reads policies given in <meta>", () => {
    const sri = (body: string) => results(httpsSite(NEW_HEADERS, body))["Subresource Integrity"];
    expect(sri('<script src="https://cdn.example.org/a.js"></script>')).toBe("sri-not-implemented-but-external-scripts-loaded-securely -5");
    expect(sri('<script src="http://cdn.example.org/a.js"></script>')).toBe("sri-not-implemented-and-external-scripts-not-loaded-securely -50");
    expect(sri('<script src="https://cdn.example.org/a.js" integrity="sha384-x" crossorigin></script>')).toBe(
      "sri-implemented-and-external-scripts-loaded-securely 5",
    );
    expect(sri('<script src="/a.js" integrity="sha384-x"></script>')).toBe("sri-implemented-and-all-scripts-loaded-securely 5");
    expect(sri("<p>no scripts</p>")).toBe("sri-not-implemented-but-no-scripts-loaded 0");
    const { "referrer-policy": _referrer, ...withoutReferrer } = NEW_HEADERS;
    expect(results(httpsSite(withoutReferrer, '<meta name="referrer" content="unsafe-url">'))["Referrer Policy"]).toBe("referrer-policy-unsafe -5");
    expect(results(httpsSite(withoutReferrer))["Referrer Policy"]).toBe("referrer-policy-not-implemented 0");
  });

  it("refuses to grade what it does not judge (cookies) or what the Observatory would not (an error page)", () => {
    expect(() => gradeSite({ ...httpsSite(NEW_HEADERS), cookies: ["id=1; Secure"] })).toThrow("this grader does not judge cookies");
    const site = httpsSite(NEW_HEADERS);
    expect(() => gradeSite({ ...site, https: { ...site.https!, status: 500 } })).toThrow("answered 500");
  });

  it("turns scores into grades as the Observatory's chart does", () => {
    expect([135, 100, 99, 90, 89, 85, 84, 80, 79, 70, 65, 60, 59, 50, 45, 40, 30, 25, 24, 0].map(gradeForScore)).toEqual([
      "A+",
      "A+",
      "A",
      "A",
      "A-",
      "A-",
      "B+",
      "B+",
      "B",
      "B",
      "B-",
      "C+",
      "C",
      "C",
      "C-",
      "D+",
      "D",
      "D-",
      "F",
      "F",
    ]);
  });
});
