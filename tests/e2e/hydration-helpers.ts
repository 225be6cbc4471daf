import { expect, type Page } from "@playwright/test";
import { HYDRATED_ATTRIBUTE } from "@/lib/hydration";

/**
 * Pages hydrate on first use (lib/hydration.ts). A test that needs the page's script to
 * have run does what a reader does first: moves the pointer over the page. Then it waits
 * until React has hydrated the page.
 */
export async function hydrate(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await page.mouse.move(15, 15);
  await expect(page.locator("html")).toHaveAttribute(HYDRATED_ATTRIBUTE, "");
}
