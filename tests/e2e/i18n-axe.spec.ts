import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { AXE_TAGS } from "./feature-pages";
import { LANGUAGES, pagesOf } from "./i18n-pages";

/**
 * axe-core on every page of every language: WCAG 2.2 levels A and AA and axe's best
 * practices (AXE_TAGS), with no rule disabled. Among them html-has-lang, html-lang-valid and
 * valid-lang check the languages themselves (WCAG 3.1.1, 3.1.2).
 */
for (const language of LANGUAGES) {
  test(`every ${language.locale} page passes axe (WCAG 2.2 A/AA and best practice)`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of pagesOf(language)) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(
        violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) })),
        path,
      ).toEqual([]);
    }
  });
}

test("the Chinese 404 page passes axe, wherever the missing address is", async ({ page }) => {
  for (const path of ["/no-such-page/", "/en/no-such-page/"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(
      violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) })),
      path,
    ).toEqual([]);
  }
});
