import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { Converter } from "opencc-js/cn2t";
import { getPlan } from "@/lib/content/plan";
import { mainlandWordsIn } from "../support/hong-kong-words";
import { OUT_DIR } from "../support/export";
import { occurrences, PROPER_NAMES } from "../support/proper-names";
import { LANGUAGES, pageKey, pagesOf } from "./i18n-pages";
import { pageText } from "./page-text";

const [SIMPLIFIED, TRADITIONAL, ENGLISH] = LANGUAGES;

/** Everything of a page that a reader, a search engine or a shared card shows. */
const everythingShown = (page: Page, skip: string[] = []) => pageText(page, skip, { cards: true });

/** The text a file of the export holds: a feed, or the search index's fragments of one language. */
function feedText(path_: string): string {
  return fs.readFileSync(path.join(OUT_DIR, path_), "utf8");
}

/**
 * Pagefind's fragments of one language (gzip, after a 12-byte signature): the text it
 * searches and shows, without the zero-width spaces it puts between Chinese words.
 */
function searchIndexText(language: string): string {
  const dir = path.join(OUT_DIR, "pagefind", "fragment");
  const files = fs.readdirSync(dir).filter((name) => name.startsWith(`${language}_`));
  expect(files.length, `search index fragments of ${language}`).toBeGreaterThan(0);
  return files
    .map((name) =>
      zlib
        .gunzipSync(fs.readFileSync(path.join(dir, name)))
        .toString("utf8")
        .replace(/^pagefind_dcd/, "")
        .replace(/\u200b/g, ""),
    )
    .join("\n");
}

/** What OpenCC alone writes for a name: the wrong forms this site once showed. */
const plainOpenCC = Converter({ from: "cn", to: "hk" });

test.describe("proper names and fixed terms on 繁體中文 pages", () => {
  test("every name of the plan is in its Traditional form on every page, as often as on the Simplified page, and never wrong", async ({ page }) => {
    let checked = 0;
    for (const path_ of pagesOf(TRADITIONAL)) {
      await page.goto(`${SIMPLIFIED.prefix}${pageKey(TRADITIONAL, path_)}`);
      const simplified = (await everythingShown(page)).join("\n");
      await page.goto(path_);
      const traditional = (await everythingShown(page)).join("\n");
      for (const name of PROPER_NAMES) {
        const expected = occurrences(simplified, name.simplified);
        expect(occurrences(traditional, name.traditional), `${path_}: ${name.simplified} → ${name.traditional}`).toBe(expected);
        const wrong = plainOpenCC(name.simplified);
        if (wrong !== name.traditional) expect(traditional, `${path_}: ${wrong}`).not.toContain(wrong);
        checked += expected;
      }
    }
    // The names are on the pages: hundreds of occurrences, not a test that passes on empty pages.
    expect(checked).toBeGreaterThan(300);
  });

  test("the feed and the search index write every name as the pages do", () => {
    const sources = [
      [feedText("feed.xml"), feedText("zh-hk/feed.xml"), "feed"],
      [searchIndexText("zh-cn"), searchIndexText("zh-hk"), "search index"],
    ] as const;
    for (const [simplified, traditional, what] of sources) {
      let checked = 0;
      for (const name of PROPER_NAMES) {
        expect(occurrences(traditional, name.traditional), `${what}: ${name.simplified} → ${name.traditional}`).toBe(occurrences(simplified, name.simplified));
        if (name.wrong) expect(traditional, `${what}: ${name.wrong}`).not.toContain(name.wrong);
        checked += occurrences(simplified, name.simplified);
      }
      expect(checked, what).toBeGreaterThan(what === "feed" ? 10 : 150);
    }
  });

  test("a reader searching for 沖口 or 濠涌 finds the tourism section, and no result shows the wrong forms", async ({ page }) => {
    for (const [query, wrong] of [
      ["沖口", "衝口"],
      ["濠涌", "濠湧"],
    ] as const) {
      await page.goto(`/zh-hk/search/?q=${encodeURIComponent(query)}`);
      const status = page.getByRole("main").getByRole("status");
      await expect(status).toHaveText(new RegExp(`^找到 \\d+ 個與「${query}」相關的頁面。$`));
      const results = page.getByRole("region", { name: "搜尋結果" }).getByRole("list").first();
      await expect(results.getByRole("link", { name: /推進孫中山故里旅遊區整體升級/ })).toHaveAttribute("href", "/zh-hk/sections/tourism/");
      // Pagefind also matches single characters, so the wrong form finds pages too; none shows it.
      await page.goto(`/zh-hk/search/?q=${encodeURIComponent(wrong)}`);
      await expect(status).toHaveText(/^(找到|沒有找到)/);
      if (await results.count()) await expect(results).not.toContainText(wrong);
    }
  });
});

test.describe("繁體中文 pages speak Hong Kong Chinese", () => {
  /** The text of the plan itself (its words are the plan's, mainland terms included), longest first. */
  const planStrings = (() => {
    const plan = getPlan("zh-HK");
    const strings = [
      plan.overview.title,
      plan.overview.note,
      plan.overview.source,
      plan.overview.description,
      ...plan.overview.paragraphs,
      ...plan.overview.headings.map((h) => h.text),
      ...(plan.overview.targets ?? []).flatMap((target) => [target.label, target.quote]),
      plan.livelihoodProjects.title,
      plan.livelihoodProjects.description,
      ...plan.livelihoodProjects.projects.map((project) => project.title),
      ...plan.sections.flatMap((section) => [section.title, section.description, ...section.paragraphs, ...section.headings.map((h) => h.text)]),
    ];
    return [...new Set(strings)].filter(Boolean).sort((a, b) => b.length - a.length);
  })();
  const allowed = [...planStrings].sort((a, b) => b.length - a.length);
  /**
   * What the interface says in a piece of a page's text: the piece with the plan's own
   * words taken out; nothing when the piece is part of one of
   * them (a paragraph broken by a link or <strong> is several pieces).
   */
  const interfaceText = (text: string) =>
    text.length >= 8 && allowed.some((words) => words.includes(text)) ? "" : allowed.reduce((rest, words) => rest.split(words).join("\u0000"), text);

  test("no page has a mainland-only interface word: 搜尋, 列印, 連結, 預設, 設定, 短訊…", async ({ page }) => {
    let seen = "";
    for (const path_ of pagesOf(TRADITIONAL)) {
      await page.goto(path_);
      const pieces = (await everythingShown(page, ["zh-CN", "en"])).map(interfaceText);
      expect(
        pieces.filter((piece) => mainlandWordsIn(piece).length),
        path_,
      ).toEqual([]);
      seen += pieces.join("\n");
    }
    for (const word of ["搜尋", "列印", "連結", "主頁", "資料來源"]) expect(seen, word).toContain(word);
  });

  test("quote with 「」 and 『』: no “ ” ‘ ’ on any page, in its title, description or feed", async ({ page }) => {
    let quoted = 0;
    for (const path_ of pagesOf(TRADITIONAL)) {
      await page.goto(path_);
      const text = (await everythingShown(page, ["zh-CN", "en"])).join("\n");
      expect(text.match(/[“”‘’]/g), path_).toBeNull();
      quoted += occurrences(text, "「");
    }
    expect(quoted).toBeGreaterThan(50);
    expect(feedText("zh-hk/feed.xml")).not.toMatch(/[“”‘’]/);
    await page.goto("/zh-hk/sections/tourism/");
    await expect(page.locator("#all-area-tourism + p")).toContainText("「兩居」「十景」「兩線」「兩村」「『三點一線』天際景觀」");
  });
});

test.describe("English pages", () => {
  test("use curly quotation marks and apostrophes in the plan’s text, never straight ones", async ({ page }) => {
    let curly = 0;
    for (const path_ of pagesOf(ENGLISH).filter((p) => !/\/(search|accessibility)\//.test(p))) {
      await page.goto(path_);
      const text = `${await page.locator("main").innerText()}\n${await page.title()}`;
      expect(text.match(/["']/g), path_).toBeNull();
      curly += (text.match(/[“”’]/g) ?? []).length;
    }
    expect(curly).toBeGreaterThan(100);
  });

  test("render 境外 as from outside the mainland, and explain the “Three Years”", async ({ page }) => {
    await page.goto("/en/sections/social-governance/");
    await expect(page.locator("#covid-prevention + p")).toContainText("people coming to Nanlang from outside the mainland");
    await expect(page.locator("main")).not.toContainText("outside China");
    await page.goto("/en/");
    await expect(page.locator("#targets + p")).toContainText("the “Three Years” (three themed-year campaigns)");
  });

  test("have meta descriptions that end at a sentence or after a whole word", async ({ page }) => {
    // The plan's pages, whose descriptions are their own text; the others' are written for them.
    const planPage = (path_: string) => !/\/(search|accessibility)\//.test(path_);
    for (const path_ of pagesOf(ENGLISH)) {
      await page.goto(path_);
      const description = (await page.locator('meta[name="description"]').getAttribute("content")) ?? "";
      expect(description.length, path_).toBeLessThanOrEqual(160);
      expect(description, path_).toMatch(/(?:[.!?]|[\p{L}\p{N}’”)]…)$/u);
      if (description.endsWith("…") && planPage(path_)) {
        // The cut is followed in the page's text by a space or punctuation, never by the rest of a word.
        const kept = description.slice(0, -1);
        const body = (await page.locator("main").innerText()).replace(/\s+/g, " ");
        const at = body.indexOf(kept);
        expect(at, `${path_}: "${kept}" is in the page`).toBeGreaterThanOrEqual(0);
        expect(body.charAt(at + kept.length), path_).toMatch(/[^\p{L}\p{N}]/u);
      }
      await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", description);
    }
  });
});

test.describe("titles and Open Graph", () => {
  for (const language of LANGUAGES) {
    test(`every ${language.locale} page has a title and og:title of at most 70 characters, and its own og:locale with the others as alternates`, async ({
      page,
    }) => {
      const expected = { "zh-CN": "zh_CN", "zh-HK": "zh_HK", en: "en_GB" } as const;
      for (const path_ of pagesOf(language)) {
        await page.goto(path_);
        const title = await page.title();
        expect(title.length, `${path_}: ${title}`).toBeLessThanOrEqual(70);
        const meta = (property: string) => page.locator(`head meta[property="${property}"]`);
        if ((await meta("og:title").count()) === 0) continue;
        expect(((await meta("og:title").getAttribute("content")) ?? "").length, path_).toBeLessThanOrEqual(70);
        await expect(meta("og:locale"), path_).toHaveAttribute("content", expected[language.locale]);
        const alternates = await meta("og:locale:alternate").evaluateAll((tags) => tags.map((tag) => tag.getAttribute("content")));
        expect(alternates.sort(), path_).toEqual(
          Object.values(expected)
            .filter((value) => value !== expected[language.locale])
            .sort(),
        );
      }
    });
  }

  test("the h1 keeps the whole heading that the title shortens", async ({ page }) => {
    await page.goto("/en/sections/biomedicine/");
    await expect(page).toHaveTitle("1. Implement the “Number One Project” of major industrial platforms");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "1. Implement the “Number One Project” of major industrial platforms, and build a biomedicine centre for the Greater Bay Area.",
    );
  });
});
