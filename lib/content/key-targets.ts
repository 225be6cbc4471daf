import { clip, type ContentProblem, type ProblemList } from "./messages";
import { keyTargetSchema, type KeyTarget } from "./schema";
import { formatNumber } from "../i18n/format";
import type { ContentHeading } from "./markdown";

/**
 * 主要目标一览: the plan's headline figures, kept as data in the front matter of
 * overview.md (keyTargetSchema). Each figure names the paragraph it comes from and quotes
 * the words that state it, so the loader can prove that the site shows only what the plan
 * says: the quote must stand verbatim in that paragraph, and the figure in the quote.
 */
export { keyTargetSchema, type KeyTarget };

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
  /** A page whose file has a problem of its own: a target pointing into it is judged once that is fixed. */
  uncertain?: (page: TargetPage) => boolean;
  /** Where a missing anchor is reported, so that many references to one renamed anchor are told once (lib/content/links.ts). */
  missingAnchor?: (page: TargetPage, anchor: string, problem: ContentProblem) => void;
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
    if (context.uncertain?.(page)) return;
    const heading = page.headings.find((candidate) => candidate.id === target.anchor);
    // A translation's part still shown in the original's words has no quote of the translation to hold.
    if (heading?.lang) return;
    if (!heading) {
      const problem = {
        file,
        line: context.lineOf([...at, "anchor"]),
        field: field("anchor"),
        zh: `目标“${target.label}”指向的段落“${target.anchor}”在 ${page.file} 中不存在。现有锚点：${page.headings.map((h) => h.id).join("、")}。`,
        en: `The target "${target.label}" points to the paragraph "${target.anchor}", which ${page.file} does not have. Anchors: ${page.headings.map((h) => h.id).join(", ")}.`,
      };
      if (context.missingAnchor) context.missingAnchor(page, target.anchor, problem);
      else problems.add(problem);
      return;
    }
    if (!paragraphsUnder(page, target.anchor).some((paragraph) => paragraph.includes(target.quote))) {
      problems.add({ file, line: context.lineOf([...at, "quote"]), field: field("quote"), ...quoteNotFound(target, page) });
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

/** The clauses of a paragraph and runs of up to three of them, verbatim, without their closing punctuation. */
function spans(paragraph: string): string[] {
  const ends = [...paragraph.matchAll(/[，。；！？：](?!\d)|[,;!?.](?=\s|$)/g)].map((match) => match.index + 1);
  const bounds = [0, ...ends.filter((end) => end < paragraph.length), paragraph.length];
  const out: string[] = [];
  for (let i = 0; i < bounds.length - 1; i += 1) {
    for (let j = i + 1; j < Math.min(bounds.length, i + 4); j += 1) {
      const span = paragraph.slice(bounds[i], bounds[j]).trim().replace(/[，。；！？：,;!?.]$/, "");
      if (span) out.push(span);
    }
  }
  return out;
}

/** How alike two texts are, 0 to 1 (Dice coefficient of character pairs: fair to Chinese and English alike). */
export function likeness(a: string, b: string): number {
  const pairs = (text: string) => {
    const counts = new Map<string, number>();
    for (let i = 0; i < text.length - 1; i += 1) counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1);
    return counts;
  };
  const x = pairs(a);
  const y = pairs(b);
  let shared = 0;
  for (const [pair, count] of x) shared += Math.min(count, y.get(pair) ?? 0);
  const total = Math.max(1, a.length - 1 + b.length - 1);
  return (2 * shared) / total;
}

/** The words on the page closest to a quote that is no longer there, and the heading they stand under. */
export function closestSentence(page: TargetPage, quote: string): { text: string; anchor: string } | undefined {
  const borrowed = new Set(page.headings.filter((heading) => heading.lang).map((heading) => heading.id));
  let best: { text: string; anchor: string; score: number } | undefined;
  page.paragraphs.forEach((paragraph, index) => {
    const anchor = page.paragraphAnchors[index] ?? "";
    if (borrowed.has(anchor)) return;
    for (const text of spans(paragraph)) {
      const score = likeness(quote, text);
      if (!best || score > best.score) best = { text, anchor, score };
    }
  });
  return best && best.score >= 0.3 ? { text: best.text, anchor: best.anchor } : undefined;
}

/**
 * The message for a quote that is not in its paragraph: where the closest words are now,
 * and, if they state another figure, that figure too, so that one round of edits fixes it.
 */
function quoteNotFound(target: KeyTarget, page: TargetPage): { zh: string; en: string } {
  const head = {
    zh: `目标“${clip(target.label)}”的引文“${clip(target.quote)}”在 ${page.file} 的“${target.anchor}”段落中找不到。`,
    en: `The quote "${clip(target.quote)}" of the target "${clip(target.label)}" is not in the paragraph "${target.anchor}" of ${page.file}.`,
  };
  const closest = closestSentence(page, target.quote);
  if (!closest) {
    return {
      zh: `${head.zh}这一页没有相近的句子：请核对 section 和 anchor，再从原文逐字复制引文（包括标点）。`,
      en: `${head.en} Nothing on that page comes close: check section and anchor, then copy the quote word for word, punctuation included.`,
    };
  }
  const moved = closest.anchor !== target.anchor && closest.anchor;
  const also: { zh: string[]; en: string[] } = { zh: [], en: [] };
  if (moved) {
    also.zh.push(`anchor 改成 ${closest.anchor}`);
    also.en.push(`anchor to ${closest.anchor}`);
  }
  if (!quoteStatesValue(closest.text, target.value, target.unit)) {
    const figure = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s*${escapeRegExp(target.unit)}`).exec(closest.text)?.[1];
    if (figure) {
      also.zh.push(`value 改成 ${figure.replace(/,/g, "")}`);
      also.en.push(`value to ${figure.replace(/,/g, "")}`);
    } else {
      also.zh.push(`value 和 unit 按这句话核对（其中没有“${target.value}${target.unit}”）`);
      also.en.push(`value and unit checked against it (it does not say "${target.value} ${target.unit}")`);
    }
  }
  return {
    zh: `${head.zh}最接近的是${moved ? `“${closest.anchor}”段落中的` : ""}“${clip(closest.text, 60)}”：请把 quote 改成这句原文${also.zh.length ? `，并把 ${also.zh.join("，")}` : ""}。`,
    en: `${head.en} The closest words are${moved ? ` in "${closest.anchor}"` : ""} "${clip(closest.text, 60)}": set quote to them${also.en.length ? `, and ${also.en.join(", ")}` : ""}.`,
  };
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
