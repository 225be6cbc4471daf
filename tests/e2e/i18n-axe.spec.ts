import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { LANGUAGES, pagesOf } from "./i18n-pages";

/**
 * axe-core on every page of every language: WCAG 2.2 levels A and AA and axe's best
 * practices, with no rule disabled. Among them html-has-lang, html-lang-valid and
 * valid-lang check the languages themselves (WCAG 3.1.1, 3.1.2).
 */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

for (const language of LANGUAGES) {
  test(`every ${language.locale} page passes axe (WCAG 2.2 A/AA and best practice)`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of pagesOf(language)) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(
        violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) })),
        path,
      ).toEqual([]);
    }
  });
}

test("the Chinese 404 page passes axe", async ({ page }) => {
  await page.goto("/en/no-such-page/");
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
