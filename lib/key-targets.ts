import { z } from "zod";
import type { ProblemList } from "./content-errors";
import { formatNumber } from "./format";
import { ANCHOR_PATTERN, type ContentHeading } from "./markdown";

/**
 * 主要目标一览: the plan's headline figures, kept as data in the front matter of
 * overview.md. Each figure names the paragraph it comes from and quotes the words
 * that state it, so the loader can prove that the site shows only what the plan says:
 * the quote must stand verbatim in that paragraph, and the figure in the quote.
 */
export const keyTargetSchema = z.strictObject({
  /** What the figure measures, e.g. 中医药城新增用地规模. */
  label: z.string().min(1),
  /** The number as the plan states it, e.g. 2000. */
  value: z.number().positive(),
  /** The unit written right after the number in the quote, e.g. 亩, 亿元, %以内. */
  unit: z.string().min(1),
  /** The section the figure comes from; left out, it is the overview (home page) itself. */
  section: z.string().regex(ANCHOR_PATTERN).optional(),
  /** The anchor of the heading the paragraph stands under. */
  anchor: z.string().regex(ANCHOR_PATTERN),
  /** The words of the plan that state the figure, copied exactly. */
  quote: z.string().min(1),
});

export type KeyTarget = z.infer<typeof keyTargetSchema>;

/** The parts of a rendered page that a target can point into. */
export interface TargetPage {
  file: string;
  headings: ContentHeading[];
  paragraphs: string[];
  paragraphAnchors: string[];
}

/** The paragraphs under a heading, including those under its own subheadings. */
export function paragraphsUnder(page: TargetPage, anchor: string): string[] {
  const start = page.headings.findIndex((heading) => heading.id === anchor);
  const heading = page.headings[start];
  if (!heading) return [];
  const anchors = new Set([anchor]);
  for (const next of page.headings.slice(start + 1)) {
    if (next.depth <= heading.depth) break;
    anchors.add(next.id);
  }
  return page.paragraphs.filter((_, index) => anchors.has(page.paragraphAnchors[index] ?? ""));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether `quote` states `value` followed by `unit`: 2000亩, 2,000 mu and 8% all count;
 * 12000亩 or 0.8% do not, as the digits must not be part of a longer number.
 */
export function quoteStatesValue(quote: string, value: number, unit: string): boolean {
  // Plain digits, or grouped by thousands as an English text writes them.
  const number = [String(value), formatNumber("en", value)].map(escapeRegExp).join("|");
  return new RegExp(`(?<![\\d.,])(?:${number})(?![\\d]|[.,]\\d)\\s*${escapeRegExp(unit)}`).test(quote);
}

export interface TargetCheckContext {
  /** The overview file (where the targets are written) and what it renders to. */
  overview: TargetPage;
  /** The sections of the same language, by slug. */
  sections: Map<string, TargetPage>;
  /** Sections a translation shows in the original language: their targets are left out, not checked. */
  untranslated?: Set<string>;
  /** Some section file could not be read: its own problem is reported, so a target pointing to it is not. */
  sectionsIncomplete?: boolean;
  /** The line in the overview file of a front-matter path such as ["targets", 2, "quote"]. */
  lineOf: (keys: PropertyKey[]) => number;
}

/** Reports every target whose source paragraph, quote or figure does not check out. */
export function checkKeyTargets(targets: KeyTarget[], context: TargetCheckContext, problems: ProblemList): void {
  const file = context.overview.file;
  targets.forEach((target, index) => {
    const at = ["targets", index];
    const field = (name: string) => `targets.${index}.${name}`;
    const page = target.section === undefined ? context.overview : context.sections.get(target.section);
    if (!page) {
      if (context.sectionsIncomplete || (target.section && context.untranslated?.has(target.section))) return;
      problems.add({
        file,
        line: context.lineOf([...at, "section"]),
        field: field("section"),
        zh: `目标“${target.label}”指向的章节“${target.section}”不存在。现有章节：${[...context.sections.keys()].join("、")}。`,
        en: `The target "${target.label}" points to the section "${target.section}", which does not exist. Sections: ${[...context.sections.keys()].join(", ")}.`,
      });
      return;
    }
    if (!page.headings.some((heading) => heading.id === target.anchor)) {
      problems.add({
        file,
        line: context.lineOf([...at, "anchor"]),
        field: field("anchor"),
        zh: `目标“${target.label}”指向的段落“${target.anchor}”在 ${page.file} 中不存在。现有锚点：${page.headings.map((h) => h.id).join("、")}。`,
        en: `The target "${target.label}" points to the paragraph "${target.anchor}", which ${page.file} does not have. Anchors: ${page.headings.map((h) => h.id).join(", ")}.`,
      });
      return;
    }
    if (!paragraphsUnder(page, target.anchor).some((paragraph) => paragraph.includes(target.quote))) {
      problems.add({
        file,
        line: context.lineOf([...at, "quote"]),
        field: field("quote"),
        zh: `目标“${target.label}”的引文“${target.quote}”在 ${page.file} 的“${target.anchor}”段落中找不到。引文必须从原文逐字复制（包括标点）。`,
        en: `The quote "${target.quote}" of the target "${target.label}" is not in the paragraph "${target.anchor}" of ${page.file}. Copy the quote word for word from the text, punctuation included.`,
      });
      return;
    }
    if (!quoteStatesValue(target.quote, target.value, target.unit)) {
      problems.add({
        file,
        line: context.lineOf([...at, "value"]),
        field: field("value"),
        zh: `目标“${target.label}”的数值 ${target.value}${target.unit} 在引文“${target.quote}”中找不到。只能列出原文写明的数字，数值和单位须与原文一致。`,
        en: `The figure ${target.value} ${target.unit} of the target "${target.label}" does not appear in its quote "${target.quote}". Show only figures the text states, with the same number and unit.`,
      });
    }
  });
}

/** A key target ready to show: its figure, and the paragraph and sentence it comes from. */
export interface KeyTargetCard {
  label: string;
  value: number;
  unit: string;
  quote: string;
  /** The paragraph, as a site path with its heading anchor. */
  href: string;
  /** A text fragment (URL Fragment Text Directive) that highlights the quote, for browsers that support it. */
  textFragment: string;
  /** The heading of the paragraph, to name where the figure comes from. */
  place: string;
}

/** `text=` of a text fragment: percent-encoded, "-" too, as the directive reserves it. */
export function textDirective(quote: string): string {
  return `:~:text=${encodeURIComponent(quote).replace(/-/g, "%2D")}`;
}
