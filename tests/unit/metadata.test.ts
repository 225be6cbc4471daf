import { describe, expect, it } from "vitest";
import { sectionDocumentTitle } from "@/lib/i18n/section-title";
import { describe as description } from "@/lib/seo/description";
import { getTranslator } from "@/lib/i18n/translate";
import { LOCALES } from "@/lib/i18n/locales";
import { documentTitle, pageMetadata, shortTitle, TITLE_LIMIT } from "@/lib/seo/metadata";
import { getPlan } from "@/lib/content/plan";
import { routes } from "@/lib/routes";

/**
 * A description ends at a boundary: it is the whole text, or a beginning of it that ends
 * a sentence, or a beginning that ends after a whole word (or, in Chinese, a clause or a
 * character) followed by "…".
 */
function endsAtBoundary(text: string, described: string): boolean {
  if (described === text) return true;
  if (!described.endsWith("…")) return text.startsWith(described) && /[.!?。！？；]$/.test(described);
  const kept = described.slice(0, -1);
  if (!text.startsWith(kept)) return false;
  if (/\p{Script=Han}/u.test(text)) return true;
  // English: the next character of the text is not a letter or digit, and the last kept one is.
  return /[\p{L}\p{N}’”)]$/u.test(kept) && !/^[\p{L}\p{N}]/u.test(text.slice(kept.length));
}

const LONG_ENGLISH =
  "Seize the strategic opportunities of the “dual-zone drive”, carry out the city Party committee’s “3+4” Number One Project for major industrial platforms, speed up work at the South China Modern Chinese Medicine City on upgrading the platform.";

describe("descriptions end at a sentence or word boundary", () => {
  it("keeps a short text whole", () => {
    expect(description("Manage the town in fine detail.")).toBe("Manage the town in fine detail.");
  });

  it("cuts a long English sentence after a whole word, never inside one, and not after “and” or “the”", () => {
    const cut = description(LONG_ENGLISH);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toBe(
      "Seize the strategic opportunities of the “dual-zone drive”, carry out the city Party committee’s “3+4” Number One Project for major industrial platforms, speed…",
    );
    expect(endsAtBoundary(LONG_ENGLISH, cut)).toBe(true);
  });

  it("ends after a whole sentence when one fits, and does not take “No. 1” or “1.4 billion” for the end of one", () => {
    const text = `Improve the quality of the parks along Central River No. 1 and spend 1.4 billion yuan on it in the year ahead. ${LONG_ENGLISH}`;
    expect(description(text)).toBe("Improve the quality of the parks along Central River No. 1 and spend 1.4 billion yuan on it in the year ahead.");
  });

  it("cuts Chinese after a sentence or a clause", () => {
    const sentence = "实行最严格生态环境保护制度，打好打赢蓝天、碧水、净土保卫战攻坚战。".repeat(2) + "保护发挥南朗镇自然生态资源优势，".repeat(5);
    expect(description(sentence)).toBe("实行最严格生态环境保护制度，打好打赢蓝天、碧水、净土保卫战攻坚战。".repeat(2));
    const clauses = "保护发挥南朗镇自然生态资源优势，".repeat(10);
    expect(description(clauses)).toBe(`${"保护发挥南朗镇自然生态资源优势，".repeat(6)}保护发挥南朗镇自然生态资源优势…`);
  });

  it.each(LOCALES)("holds for every %s page of the plan and every page beside it", (locale) => {
    const plan = getPlan(locale);
    for (const section of plan.sections) {
      const text = section.paragraphs[0] ?? section.title;
      const meta = pageMetadata(locale, { title: section.title, description: section.description, path: (l) => routes.section(l, section.slug) });
      expect(endsAtBoundary(text, String(meta.description)), `${section.file}: ${meta.description}`).toBe(true);
      expect(meta.openGraph?.description).toBe(meta.description);
    }
    for (const text of [plan.overview.description, plan.livelihoodProjects.description]) {
      expect(endsAtBoundary(text, String(pageMetadata(locale, { title: "t", description: text }).description)), text).toBe(true);
    }
  });
});

describe("titles where search engines show them (<title>, og:title) take at most 70 characters", () => {
  it("keeps a title that fits, with the site's name", () => {
    expect(documentTitle("zh-CN", "十件民生实事")).toBe("十件民生实事 - 中山市南朗镇人民政府");
    expect(documentTitle("en", "2021 Work Plan")).toBe("2021 Work Plan - People’s Government of Nanlang Town, Zhongshan");
  });

  it("uses the site's short name, then the heading's leading clauses, then a cut after a whole word", () => {
    expect(documentTitle("en", "Ten livelihood projects")).toBe("Ten livelihood projects - Nanlang Town");
    expect(documentTitle("en", "8. Create a new system of social governance, and take forward the building of a safe Nanlang in all respects")).toBe(
      "8. Create a new system of social governance - Nanlang Town",
    );
    expect(
      documentTitle(
        "en",
        "2. Upgrade the Hometown of Sun Yat-sen Scenic Area as a whole, and build a coastal international destination for business, culture and tourism",
      ),
    ).toBe("2. Upgrade the Hometown of Sun Yat-sen Scenic Area as a whole");
    expect(shortTitle("5. Strengthen the comprehensive improvement of the ecological environment, and build a good place to live and work")).toBe(
      "5. Strengthen the comprehensive improvement of the ecological…",
    );
  });

  it.each(LOCALES)("holds for every %s page, whose h1 keeps the whole heading", (locale) => {
    const plan = getPlan(locale);
    const t = getTranslator(locale);
    const titles = [plan.overview.title, plan.livelihoodProjects.title, ...plan.sections.map((s) => sectionDocumentTitle(locale, s))];
    for (const title of titles) {
      const meta = pageMetadata(locale, { title, description: "d", path: routes.home });
      const tab = String(meta.title);
      const card = String(meta.openGraph?.title);
      expect(tab.length, tab).toBeLessThanOrEqual(TITLE_LIMIT);
      expect(card.length, card).toBeLessThanOrEqual(TITLE_LIMIT);
      // Whatever is cut, the title still begins with the page's own words.
      expect(title.startsWith(card.replace(/…$/, "")), card).toBe(true);
      expect([t("site.name"), t("site.shortName")].some((site) => tab === `${title} - ${site}`) || title.startsWith(tab.replace(/( - .*)?…?$/, "")), tab).toBe(
        true,
      );
    }
  });
});

describe("Open Graph locales", () => {
  it("are written as Open Graph expects, each page listing the other languages as alternates", () => {
    const card = (locale: (typeof LOCALES)[number]) =>
      pageMetadata(locale, { title: "t", description: "d", path: routes.home }).openGraph as { locale?: string; alternateLocale?: string[] };
    expect(card("zh-CN")).toMatchObject({ locale: "zh_CN", alternateLocale: ["zh_HK", "en_GB"] });
    expect(card("zh-HK")).toMatchObject({ locale: "zh_HK", alternateLocale: ["zh_CN", "en_GB"] });
    expect(card("en")).toMatchObject({ locale: "en_GB", alternateLocale: ["zh_CN", "zh_HK"] });
  });
});
