import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, sectionNumeral } from "@/lib/i18n/format";
import { localeFromSegment, localeSegment, LOCALES } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/seo/metadata";
import { localeOfPath, localizePath, routes, samePageIn } from "@/lib/routes";
import { absoluteUrl } from "@/lib/seo/site-url";

describe("each language has the same pages under its own prefix", () => {
  it("serves 简体中文 at the root, 繁體中文 under /zh-hk/ and English under /en/", () => {
    expect(LOCALES.map((locale) => routes.section(locale, "tourism", "homestays"))).toEqual([
      "/sections/tourism/#homestays",
      "/zh-hk/sections/tourism/#homestays",
      "/en/sections/tourism/#homestays",
    ]);
    expect(localeSegment("zh-HK")).toBe("zh-hk");
    expect(localeFromSegment("zh-hk")).toBe("zh-HK");
    expect(localeFromSegment("sections")).toBeUndefined();
  });

  it.each([
    ["/", "en", "/en/"],
    ["/sections/tourism/", "zh-HK", "/zh-hk/sections/tourism/"],
    ["/en/sections/tourism", "zh-CN", "/sections/tourism/"],
    ["/zh-hk/projects/", "en", "/en/projects/"],
    ["/en", "zh-HK", "/zh-hk/"],
    ["/en/projects/", "en", "/en/projects/"],
  ] as const)("leads from %s to the same page in %s: %s", (from, target, expected) => {
    expect(samePageIn(target, from)).toBe(expected);
  });

  it("reads the language of a path from its prefix only", () => {
    expect(localeOfPath("/en/projects/")).toBe("en");
    expect(localeOfPath("/english/")).toBe("zh-CN");
  });

  it("keeps staff's site links in the page's language, and leaves other links alone", () => {
    expect(localizePath("en", "/sections/livelihood/#ten-projects")).toBe("/en/sections/livelihood/#ten-projects");
    expect(localizePath("zh-CN", "/projects/")).toBe("/projects/");
    expect(localizePath("en", "#education")).toBe("#education");
    expect(localizePath("en", "https://www.zs.gov.cn/")).toBe("https://www.zs.gov.cn/");
    expect(localizePath("en", "//cdn.example.com/x")).toBe("//cdn.example.com/x");
  });
});

describe("hreflang alternates name the same page in every language", () => {
  it("lists zh-CN, zh-HK, en and x-default (the Simplified page), and the page itself as canonical", () => {
    const metadata = pageMetadata("en", { title: "t", description: "d", path: (locale) => routes.projects(locale) });
    expect(metadata.alternates).toMatchObject({
      canonical: absoluteUrl("/en/projects/"),
      languages: {
        "zh-CN": absoluteUrl("/projects/"),
        "zh-HK": absoluteUrl("/zh-hk/projects/"),
        en: absoluteUrl("/en/projects/"),
        "x-default": absoluteUrl("/projects/"),
      },
    });
  });
});

describe("dates and numbers in the page's language", () => {
  it("writes the publication date as each language's readers write it", () => {
    expect(formatDate("zh-CN", "2021-03-03")).toBe("2021年3月3日");
    expect(formatDate("zh-HK", "2021-03-03")).toBe("2021年3月3日");
    expect(formatDate("en", "2021-03-03")).toBe("3 March 2021");
  });

  it("groups digits with Intl, and numbers English sections in digits", () => {
    expect(formatNumber("en", 2000)).toBe("2,000");
    expect(formatNumber("zh-HK", 10000)).toBe("10,000");
    expect(sectionNumeral("zh-HK", 7)).toBe("七");
    expect(sectionNumeral("en", 7)).toBe("7");
  });
});
