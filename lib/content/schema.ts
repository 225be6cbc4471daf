import { z } from "zod";

/**
 * What the front matter of each content file may hold: the one description of the fields,
 * used by the content check and by anything generated from it (the browser editor's
 * collections). The names of the exported schemas are stable.
 */

/** Anchors, slugs and section references: lower-case letters, digits and hyphens. */
export const ANCHOR_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest value each field may have, in characters. About twice the longest the real
 * content uses (an English section title reaches 140), so that no honest text meets them,
 * while a pasted page or a runaway value cannot blow up every page that shows it.
 */
export const LIMITS = {
  title: 300,
  note: 100,
  source: 100,
  description: 500,
  label: 120,
  unit: 150,
  quote: 500,
  slug: 80,
  /** Body headings, in characters of their text. */
  heading: 300,
  projects: 100,
  related: 20,
  targets: 50,
} as const;

/** A text field: not empty (nor only spaces), at most `max` characters. */
const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((value) => value.trim().length > 0, { params: { blank: true } });
const slug = z.string().max(LIMITS.slug).regex(ANCHOR_PATTERN);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value));

/** 主要目标一览: one figure, the paragraph it comes from and the words that state it. */
export const keyTargetSchema = z.strictObject({
  /** What the figure measures, e.g. 中医药城新增用地规模. */
  label: text(LIMITS.label),
  /** The number as the plan states it, e.g. 2000. */
  value: z.number().positive(),
  /** The unit written right after the number in the quote, e.g. 亩, 亿元, %以内. */
  unit: text(LIMITS.unit),
  /** The section the figure comes from; left out, it is the overview (home page) itself. */
  section: slug.optional(),
  /** The anchor of the heading the paragraph stands under. */
  anchor: slug,
  /** The words of the plan that state the figure, copied exactly. */
  quote: text(LIMITS.quote),
});

/** content/<language>/overview.md: the home page. */
export const overviewSchema = z.strictObject({
  title: text(LIMITS.title),
  note: text(LIMITS.note),
  source: text(LIMITS.source),
  published: isoDate,
  description: text(LIMITS.description),
  /** 主要目标一览 (optional, so a translation can load before its targets are written). */
  targets: z.array(keyTargetSchema).min(1).max(LIMITS.targets).optional(),
});

/** content/<language>/sections/NN-name.md: one section of the plan. */
export const sectionSchema = z.strictObject({
  order: z.number().int().positive(),
  slug,
  title: text(LIMITS.title),
  description: text(LIMITS.description).optional(),
});

export const projectReferenceSchema = z.strictObject({ section: slug, anchor: slug.optional() });

export const projectSchema = z.strictObject({
  number: z.number().int().positive(),
  title: text(LIMITS.title),
  related: z.array(projectReferenceSchema).min(1).max(LIMITS.related),
});

/** content/<language>/projects.md: the livelihood projects. */
export const projectsSchema = z.strictObject({
  title: text(LIMITS.title),
  description: text(LIMITS.description),
  projects: z.array(projectSchema).min(1).max(LIMITS.projects),
});

export type KeyTarget = z.infer<typeof keyTargetSchema>;
export type OverviewFields = z.infer<typeof overviewSchema>;
export type SectionFields = z.infer<typeof sectionSchema>;
export type ProjectsFields = z.infer<typeof projectsSchema>;

/** What staff are told a field must look like, when a value does not fit. */
export const FIELD_HINTS: Record<string, { zh: string; en: string }> = {
  slug: { zh: "小写英文字母、数字和连字符，例如 biomedicine", en: "lower-case letters, digits and hyphens, e.g. biomedicine" },
  section: { zh: "某一节的 slug，例如 livelihood", en: "the slug of a section, e.g. livelihood" },
  anchor: { zh: "标题的锚点，例如 ten-projects", en: "the anchor of a heading, e.g. ten-projects" },
  published: { zh: "年-月-日格式的真实日期，例如 2021-03-03", en: "a real date written year-month-day, e.g. 2021-03-03" },
  order: { zh: "正整数，例如 1", en: "a whole number from 1 up, e.g. 1" },
  number: { zh: "正整数，例如 1", en: "a whole number from 1 up, e.g. 1" },
  value: { zh: "原文中的数字，不带单位和千位逗号，例如 2000", en: "the number as the text gives it, without unit or thousands separators, e.g. 2000" },
};

/** Every field name the front matter of any file may use (to recognise a field in a broken line). */
export const FIELD_NAMES = new Set([
  ...Object.keys(overviewSchema.shape),
  ...Object.keys(sectionSchema.shape),
  ...Object.keys(projectsSchema.shape),
  ...Object.keys(projectSchema.shape),
  ...Object.keys(projectReferenceSchema.shape),
  ...Object.keys(keyTargetSchema.shape),
]);
