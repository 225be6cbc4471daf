import { expect, test, type Page } from "@playwright/test";
import { absoluteUrl, contentPages, LOCALES, routes, strings } from "./feature-pages";
import { feedEntries } from "@/lib/seo/feed";
import { SITE_PREVIEW } from "@/lib/seo/site-url";
import { documentTitle, OPEN_GRAPH_LOCALES, shortTitle } from "@/lib/seo/metadata";

/** The text of a file the site serves, checked to be there. */
async function fetchText(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

test.describe("sitemap, robots.txt and feeds", () => {
  test("sitemap.xml is valid and lists every page of every language, with its translations", async ({ page }) => {
    const xml = await fetchText(page, "/sitemap.xml");
    // Parsed by the browser's XML parser, as a crawler would: any error fails the test.
    const urls = await page.evaluate((body) => {
      const doc = new DOMParser().parseFromString(body, "application/xml");
      if (doc.getElementsByTagName("parsererror").length) throw new Error("sitemap.xml is not well-formed XML");
      const ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
      if (doc.documentElement.namespaceURI !== ns || doc.documentElement.localName !== "urlset") throw new Error("not a sitemap");
      return [...doc.getElementsByTagNameNS(ns, "url")].map((url) => ({
        loc: url.getElementsByTagNameNS(ns, "loc")[0]?.textContent,
        languages: [...url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")].map((link) => link.getAttribute("hreflang")),
      }));
    }, xml);
    expect(urls.map((url) => url.loc).sort()).toEqual(contentPages.map(({ path }) => absoluteUrl(path)).sort());
    for (const url of urls) expect(url.languages.sort()).toEqual([...LOCALES, "x-default"].sort());
  });

  test("robots.txt points to the sitemap, and keeps crawlers out of a local preview build only", async ({ request }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/^User-Agent: \*$/m);
    // The export under test is a preview unless SITE_URL named its public address (lib/seo/site-url.ts);
    // the other way round is checked in tests/unit/site-address.test.ts.
    expect(robots).toMatch(SITE_PREVIEW ? /^Disallow: \/$/m : /^Allow: \/$/m);
    expect(robots).not.toMatch(SITE_PREVIEW ? /^Allow:/m : /^Disallow:/m);
    expect(robots).toContain(`Sitemap: ${absoluteUrl("/sitemap.xml")}`);
  });

  for (const locale of LOCALES) {
    test(`the ${locale} Atom feed is valid and lists every page of the plan`, async ({ page }) => {
      const xml = await fetchText(page, routes.feed(locale));
      const parsed = await page.evaluate((body) => {
        const doc = new DOMParser().parseFromString(body, "application/xml");
        if (doc.getElementsByTagName("parsererror").length) throw new Error("the feed is not well-formed XML");
        const ns = "http://www.w3.org/2005/Atom";
        const root = doc.documentElement;
        const child = (element: Element, name: string) => [...element.children].find((c) => c.namespaceURI === ns && c.localName === name);
        const required = (element: Element, names: string[]) => names.filter((name) => !child(element, name)?.textContent?.trim());
        return {
          root: `${root.namespaceURI} ${root.localName}`,
          lang: root.getAttribute("xml:lang"),
          missing: required(root, ["id", "title", "updated", "author"]),
          self: [...root.children].find((c) => c.localName === "link" && c.getAttribute("rel") === "self")?.getAttribute("href"),
          entries: [...root.children]
            .filter((c) => c.localName === "entry")
            .map((entry) => ({
              missing: required(entry, ["id", "title", "updated", "summary"]),
              href: child(entry, "link")?.getAttribute("href"),
              title: child(entry, "title")?.textContent,
              updated: child(entry, "updated")?.textContent,
            })),
        };
      }, xml);
      expect(parsed.root).toBe("http://www.w3.org/2005/Atom feed");
      expect(parsed.lang).toBe(locale);
      expect(parsed.missing).toEqual([]);
      expect(parsed.self).toBe(absoluteUrl(routes.feed(locale)));
      expect(parsed.entries.map((entry) => entry.href)).toEqual(contentPages.filter((p) => p.locale === locale).map(({ path }) => absoluteUrl(path)));
      expect(parsed.entries.map((entry) => entry.title)).toEqual(feedEntries(locale).map((entry) => entry.title));
      for (const entry of parsed.entries) {
        expect(entry.missing).toEqual([]);
        // RFC 3339 date-time, as Atom requires (RFC 4287 §3.3).
        expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      }
    });
  }
});

test.describe("page metadata", () => {
  test("every content page has its canonical address, Open Graph card, feed link and schema.org Article", async ({ page }) => {
    // The publisher, as the Simplified Chinese pages name it.
    expect([strings("zh-CN").t("site.name"), strings("zh-CN").f("structuredData.publisherAlternateName")]).toEqual(["中山市南朗镇人民政府", "南朗镇人民政府"]);
    for (const { locale, path } of contentPages) {
      const { t, f } = strings(locale);
      const site = t("site.name");
      await page.goto(path);
      const url = absoluteUrl(path);
      const head = page.locator("head");
      const meta = (property: string) => head.locator(`meta[property="${property}"]`);
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
      await expect(meta("og:url")).toHaveAttribute("content", url);
      await expect(meta("og:type")).toHaveAttribute("content", "article");
      await expect(meta("og:locale")).toHaveAttribute("content", OPEN_GRAPH_LOCALES[locale]);
      await expect(meta("og:site_name")).toHaveAttribute("content", site);
      await expect(meta("article:published_time")).toHaveAttribute("content", "2021-03-03");
      // The page's own title (the h1's words, shortened to 70 characters where they are longer) names the card and the tab.
      const heading = (await page.getByRole("heading", { level: 1 }).evaluate((h1) => h1.firstChild?.textContent ?? "")).replace(/[。.]$/, "");
      const title = await meta("og:title").getAttribute("content");
      expect(title).toBe(shortTitle(heading));
      expect(await page.title()).toBe(documentTitle(locale, heading));
      await expect(meta("og:description")).toHaveAttribute("content", (await head.locator('meta[name="description"]').getAttribute("content"))!);
      await expect(head.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", absoluteUrl(routes.feed(locale)));

      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(scripts, path).toHaveLength(1);
      const graph = JSON.parse(scripts[0]!) as { "@context": string; "@graph": Record<string, unknown>[] };
      expect(graph["@context"]).toBe("https://schema.org");
      const byType = (type: string) => graph["@graph"].find((node) => node["@type"] === type);
      const publisher = byType("GovernmentOrganization");
      expect(publisher).toMatchObject({ "@type": "GovernmentOrganization", name: site, alternateName: f("structuredData.publisherAlternateName") });
      expect(byType("Article")).toMatchObject({
        url,
        inLanguage: locale,
        datePublished: "2021-03-03",
        publisher: { "@id": publisher!["@id"] },
        headline: expect.stringContaining(title!.replace(/…$/, "")),
      });
    }
  });

  test("the home page tells search engines how to search the site", async ({ page }) => {
    await page.goto(routes.home("zh-CN"));
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { "@graph": Record<string, unknown>[] };
    expect(data["@graph"].find((node) => node["@type"] === "WebSite")).toMatchObject({
      potentialAction: { target: { urlTemplate: `${absoluteUrl(routes.search("zh-CN"))}?q={search_term_string}` } },
    });
  });

  test("the search page is canonical but kept out of search engines' results", async ({ page }) => {
    await page.goto(routes.search("zh-CN"));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", absoluteUrl(routes.search("zh-CN")));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");
  });

  test("every page links an SVG favicon and a web manifest that name the site", async ({ page, request }) => {
    const manifests = new Set<string>();
    for (const { path } of contentPages) {
      await page.goto(path);
      // The favicon is in the page (a data: URL, no request of its own); the manifest's icon is a file.
      const icon = await page.locator('link[rel="icon"]').getAttribute("href");
      expect(icon, path).toMatch(/^data:image\/svg\+xml,/);
      expect(decodeURIComponent(icon!.slice(icon!.indexOf(",") + 1)), path).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
      expect(manifestHref, path).toBeTruthy();
      manifests.add(manifestHref!);
    }
    expect(manifests.size).toBeGreaterThan(0);
    for (const href of manifests) {
      const manifestResponse = await request.get(href);
      expect(manifestResponse.status(), href).toBe(200);
      const manifest = (await manifestResponse.json()) as {
        name: string;
        short_name: string;
        start_url: string;
        lang: string;
        icons: { src: string; type: string }[];
      };
      expect(manifest, href).toMatchObject({ name: "中山市南朗镇人民政府：2021年工作安排", start_url: "/", lang: "zh-CN" });
      expect(manifest.icons.length, href).toBeGreaterThan(0);
      for (const entry of manifest.icons) expect((await request.get(entry.src)).status(), entry.src).toBe(200);
    }
  });
});
