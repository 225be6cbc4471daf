import { afterEach, describe, expect, it, vi } from "vitest";
import { PREVIEW_SITE_URL, siteAddressFrom, SiteAddressError } from "@/lib/seo/site-address";

/** The message a wrong address stops the build with, both languages. */
function refusal(env: Record<string, string | undefined>): SiteAddressError {
  try {
    siteAddressFrom(env);
  } catch (error) {
    if (error instanceof SiteAddressError) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(env)} was accepted`);
}

describe("the site's public address (SITE_URL)", () => {
  it("is required for a build for publication, and the refusal names SITE_URL and the preview, in Chinese and English", () => {
    const error = refusal({});
    expect(error.zh).toContain("没有设置网站的公开地址 SITE_URL");
    expect(error.zh).toContain("SITE_URL=https://www.example.gov.cn npm run build");
    expect(error.zh).toContain("npm run serve");
    expect(error.en).toContain("SITE_URL, the site's public address, is not set");
    expect(error.en).toContain("npm run serve");
  });

  it("is the given origin, without a final slash, lower-cased, with its default port dropped", () => {
    expect(siteAddressFrom({ SITE_URL: "https://www.example.gov.cn" })).toEqual({ url: "https://www.example.gov.cn", preview: false });
    expect(siteAddressFrom({ SITE_URL: "https://www.example.gov.cn/" }).url).toBe("https://www.example.gov.cn");
    expect(siteAddressFrom({ SITE_URL: "HTTPS://WWW.Example.gov.CN:443" }).url).toBe("https://www.example.gov.cn");
    expect(siteAddressFrom({ SITE_URL: "https://www.example.gov.cn:8443" }).url).toBe("https://www.example.gov.cn:8443");
    expect(siteAddressFrom({ SITE_URL: "http://intranet.example.gov.cn" }).url).toBe("http://intranet.example.gov.cn");
    // A Chinese domain name, as browsers send it.
    expect(siteAddressFrom({ SITE_URL: "https://南朗.中国" }).url).toBe("https://xn--6kro37b.xn--fiqs8s");
  });

  it("a local preview uses the preview server's address, or the one given", () => {
    expect(siteAddressFrom({ SITE_PREVIEW: "1" })).toEqual({ url: PREVIEW_SITE_URL, preview: true });
    expect(siteAddressFrom({ SITE_PREVIEW: "1", SITE_URL: "https://staging.example.gov.cn" })).toEqual({
      url: "https://staging.example.gov.cn",
      preview: true,
    });
    // `next dev` is a preview by nature.
    expect(siteAddressFrom({ NODE_ENV: "development" })).toEqual({ url: PREVIEW_SITE_URL, preview: true });
    expect(siteAddressFrom({ SITE_PREVIEW: "0", SITE_URL: "https://www.example.gov.cn" }).preview).toBe(false);
    expect(refusal({ SITE_PREVIEW: "yes" }).en).toContain('SITE_PREVIEW must be 1 (a local preview) or unset; it is "yes"');
  });

  it("refuses the builder's own machine for publication, and says how to preview instead", () => {
    for (const address of ["http://127.0.0.1:3000", "http://localhost:3000", "https://nanlang.localhost", "http://[::1]:3000", "http://0.0.0.0"]) {
      const error = refusal({ SITE_URL: address });
      expect(error.zh, address).toContain("指向构建它的这台电脑");
      expect(error.en, address).toContain("points at the machine that builds it");
      expect(error.en, address).toContain("npm run serve");
    }
  });

  it.each([
    ["", "it is empty"],
    ["www.example.gov.cn", "it has no scheme: it should start with https://."],
    ["https://", "it cannot be parsed as a URL"],
    ["ftp://www.example.gov.cn", "its scheme must be https (or http), not ftp"],
    ["javascript:alert(1)", "its scheme must be https (or http), not javascript"],
    ["https:www.example.gov.cn", 'the scheme must be followed by "//" and the host'],
    ["https://www.example.gov.cn/nanlang", "it must not contain a path (/nanlang)"],
    ["https://www.example.gov.cn//", "it must not contain a path (//)"],
    ["https://www.example.gov.cn/?from=build", 'it must not contain a "?" query or a "#" fragment'],
    ["https://www.example.gov.cn#top", 'it must not contain a "?" query or a "#" fragment'],
    ["https://admin:secret@www.example.gov.cn", "it must not contain a user name or password"],
    [" https://www.example.gov.cn", "it contains a space or a control character"],
    ["https://www.example.gov.cn\n", "it contains a space or a control character"],
    ["https://www.example.gov.cn,https://example.org", 'the host "www.example.gov.cn,https" is not a valid host name'],
    ["https://www.example.gov.cn.", 'the host "www.example.gov.cn." is not a valid host name'],
    ["https://www.exa_mple.gov.cn", 'the host "www.exa_mple.gov.cn" is not a valid host name'],
  ])("refuses %j: %s", (address, reason) => {
    const error = refusal({ SITE_URL: address });
    expect(error.en).toContain(`SITE_URL ${JSON.stringify(address)} is not a usable site address: ${reason}`);
    expect(error.en).toContain("e.g. https://www.example.gov.cn");
    expect(error.zh).toContain(`SITE_URL ${JSON.stringify(address)} 不是可用的网站地址`);
  });
});

describe("robots.txt follows the kind of build", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function robotsWith(env: Record<string, string | undefined>) {
    vi.resetModules();
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    return (await import("@/app/robots")).default();
  }

  it("a build for publication lets every crawler in and gives the sitemap at the public address", async () => {
    const robots = await robotsWith({ SITE_PREVIEW: undefined, SITE_URL: "https://www.example.gov.cn", NODE_ENV: "production" });
    expect(robots).toEqual({ rules: { userAgent: "*", allow: "/" }, sitemap: "https://www.example.gov.cn/sitemap.xml" });
  });

  it("a preview build keeps every crawler out", async () => {
    const robots = await robotsWith({ SITE_PREVIEW: "1", SITE_URL: undefined });
    expect(robots).toEqual({ rules: { userAgent: "*", disallow: "/" }, sitemap: `${PREVIEW_SITE_URL}/sitemap.xml` });
  });
});
