import type { Namespace } from "@/locales/resources";
import type { Plan } from "../content";
import { chineseNumeral } from "./format";
import { getTranslator } from "./translate";
import type { Locale } from "./locales";
import { getPlan } from "../content/plan";

/** How many livelihood projects and sections the plan has: the labels that name them follow the content. */
export interface PlanCounts {
  projects: number;
  sections: number;
}

export function planCounts(plan: Pick<Plan, "sections" | "livelihoodProjects">): PlanCounts {
  return { projects: plan.livelihoodProjects.projects.length, sections: plan.sections.length };
}

const ENGLISH_ONES = [
  "",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const ENGLISH_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** 10 → "ten", 11 → "eleven", 21 → "twenty-one"; 100 and more in digits. */
export function englishNumberWord(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  if (value < 20) return ENGLISH_ONES[value]!;
  const ones = value % 10;
  return `${ENGLISH_TENS[Math.floor(value / 10)]}${ones ? `-${ENGLISH_ONES[ones]}` : ""}`;
}

/**
 * A number of things in words, as the plan counts them: 十件, 十一件, 九个; 2 is 两 (两个方面),
 * not 二, as a quantity; English in words ("ten livelihood projects").
 */
export function countWord(locale: Locale, value: number): string {
  if (locale === "en") return englishNumberWord(value);
  if (value === 2) return locale === "zh-HK" ? "兩" : "两";
  return chineseNumeral(value);
}

/** The values of the {{projects}} and {{sections}} placeholders of the UI strings. */
export function countValues(locale: Locale, counts: PlanCounts): Record<keyof PlanCounts, string> {
  return { projects: countWord(locale, counts.projects), sections: countWord(locale, counts.sections) };
}

/** A label starts with a capital letter ("Ten livelihood projects"); Chinese has none, and is left as it is. */
export function asLabel(text: string): string {
  return text.charAt(0).toLocaleUpperCase("en") + text.slice(1);
}

/**
 * A UI string that names the plan's counts ({{projects}}, {{sections}}), filled from the
 * plan a page of `locale` shows: 十件民生实事 with ten projects, 十一件民生实事 with eleven,
 * "Ten livelihood projects" in English.
 */
export function planLabel(locale: Locale, key: string, namespace: Namespace = "common", counts: PlanCounts = planCounts(getPlan(locale))): string {
  return asLabel(getTranslator(locale, namespace)(key, countValues(locale, counts)));
}
