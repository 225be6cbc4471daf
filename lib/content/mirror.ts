import type { ContentHeading, TextBlock } from "./markdown";
import { lineOfPath, written, type ParsedFile } from "./front-matter";
import { clip, type ProblemList } from "./messages";
import type { LivelihoodProject, LivelihoodProjects, Overview, Section } from "./types";

/**
 * A translation (content/en, or a hand-written file in content/zh-HK) changes only the words
 * of the original (content/zh-CN). Two cases, told apart:
 *
 * - It lags: the original has a heading, a project or a file the translation has not yet, or
 *   a value the translation copies (order, slug, date, related paragraphs) has changed in the
 *   original. Publishing the original never waits for a translation: this is a notice, and
 *   the translation's page shows the original's part, in its language, where its own is missing,
 *   and the original's values.
 * - It contradicts: an anchor or a project number the original does not have, or the
 *   original's headings or projects in another order. The site cannot know where that text
 *   belongs: this is an error, reported in the translation's file.
 */

export interface TranslationWords {
  zh: string;
  en: string;
  /** What its readers see where it lacks a part. */
  fallbackZh: string;
  fallbackEn: string;
  /** What its readers see where it lacks a whole file. */
  pageZh: string;
  pageEn: string;
}

export function translationWords(lang: string): TranslationWords {
  if (lang === "zh-HK") {
    return {
      zh: "繁体中文手写稿",
      en: "The hand-written Traditional Chinese file",
      fallbackZh: "繁体网站在这些地方暂时显示由简体原文自动转换的文字",
      fallbackEn: "the Traditional Chinese site shows the text converted from the original there for now",
      pageZh: "繁体网站的这一页暂时显示由简体原文自动转换的文字",
      pageEn: "the Traditional Chinese site shows this page converted from the original for now",
    };
  }
  const name = lang === "en" ? { zh: "英文", en: "English" } : { zh: lang, en: lang };
  return {
    zh: `${name.zh}译本`,
    en: `The ${name.en} translation`,
    fallbackZh: `${name.zh}网站在这些地方暂时显示中文原文，并注明尚未翻译`,
    fallbackEn: `the ${name.en} site shows the Chinese original there for now, marked as not yet translated`,
    pageZh: `${name.zh}网站的这一页暂时显示中文原文，并注明尚未翻译`,
    pageEn: `the ${name.en} site shows this page in Chinese for now, marked as not yet translated`,
  };
}

/** What a translation lacks or has out of date, collected for one notice per file. */
class Lag {
  readonly lacks: { zh: string; en: string; line: number }[] = [];
  readonly differs: { zh: string; en: string; line: number }[] = [];

  report(file: string, originalFile: string, words: TranslationWords, problems: ProblemList): void {
    const first = [...this.lacks, ...this.differs].sort((a, b) => a.line - b.line)[0];
    if (!first) return;
    const zh: string[] = [];
    const en: string[] = [];
    if (this.lacks.length) {
      zh.push(`${words.zh}尚缺原文 ${originalFile} 中的${this.lacks.map((item) => item.zh).join("、")}。${words.fallbackZh}。`);
      en.push(`${words.en} lacks the original's ${this.lacks.map((item) => item.en).join(", ")} (${originalFile}); ${words.fallbackEn}.`);
    }
    if (this.differs.length) {
      const items = this.differs.map((item) => item.zh).join("、");
      zh.push(`${words.zh}的${/^[a-z]/.test(items) ? " " : ""}${items}与原文 ${originalFile} 不同，网站使用原文的。`);
      en.push(`${words.en} differs from the original, ${originalFile}, in ${this.differs.map((item) => item.en).join(", ")}; the site uses the original's.`);
    }
    problems.notice({
      file,
      line: first.line,
      zh: `${zh.join("")}这不影响发布；请在译文中补上或改正。`,
      en: `${en.join(" ")} The site is still built; please bring the translation up to date.`,
    });
  }
}

/**
 * The original's headings in the translation: an anchor the original lacks, or the shared
 * ones in another order, is an error; a heading the translation lacks is lag.
 */
function compareHeadings(own: ContentHeading[], theirs: ContentHeading[], file: string, originalFile: string, bodyStart: number, lag: Lag, problems: ProblemList): boolean {
  const ownIds = own.map((heading) => heading.id);
  const theirIds = theirs.map((heading) => heading.id);
  let contradicts = false;
  for (const heading of own) {
    if (!heading.id || theirIds.includes(heading.id)) continue;
    contradicts = true;
    problems.add({
      file,
      line: heading.line,
      zh: `锚点“${heading.id}”在原文 ${originalFile} 中没有。译文的标题锚点必须与原文相同（原文的锚点：${clip(theirIds.join("、"), 120)}）。如果原文删掉了这个标题，请把译文中的这一段也删掉。`,
      en: `The anchor "${heading.id}" is not in the original, ${originalFile}. A translation's anchors are the original's (${clip(theirIds.join(", "), 120)}). If the original dropped this heading, drop it here too.`,
    });
  }
  const shared = ownIds.filter((id) => theirIds.includes(id));
  const expected = theirIds.filter((id) => ownIds.includes(id));
  const at = shared.findIndex((id, index) => id !== expected[index]);
  if (at >= 0) {
    contradicts = true;
    problems.add({
      file,
      line: own.find((heading) => heading.id === shared[at])?.line ?? bodyStart,
      zh: `标题顺序与原文不同：这里是锚点“${shared[at]}”，原文此处是“${expected[at]}”。请按原文 ${originalFile} 的顺序排列标题。`,
      en: `The headings are not in the original's order: this is the anchor "${shared[at]}", where the original has "${expected[at]}". Order them as ${originalFile} does.`,
    });
  }
  // Where the translation contradicts the original, what it lacks is not told yet: one mistake at a time.
  if (contradicts) return false;
  theirs.forEach((heading, index) => {
    if (ownIds.includes(heading.id)) return;
    // Where it would go: after the translation's heading that precedes it in the original.
    const before = theirIds.slice(0, index).reverse().find((id) => ownIds.includes(id));
    lag.lacks.push({
      zh: `标题“${clip(heading.text, 30)}”（{#${heading.id}}，第 ${heading.line} 行）`,
      en: `heading "${clip(heading.text, 30)}" ({#${heading.id}}, line ${heading.line})`,
      line: own.find((h) => h.id === before)?.line ?? bodyStart,
    });
  });
  return true;
}

/**
 * The translation's blocks where it has them, the original's (in the original's language)
 * where it has not, in the original's order.
 */
function mergeBlocks(own: TextBlock[], theirs: TextBlock[], lag: Lag, bodyStart: number): TextBlock[] {
  const anchors = theirs.map((block) => block.anchor);
  // An introduction the original has not (before the first heading) stays first.
  if (own.some((block) => block.anchor === "") && !anchors.includes("")) anchors.unshift("");
  return anchors.map((anchor) => {
    const mine = own.find((block) => block.anchor === anchor);
    if (mine) return mine;
    if (anchor === "") lag.lacks.push({ zh: "引言段落", en: "introduction", line: bodyStart });
    return theirs.find((block) => block.anchor === anchor)!;
  });
}

/** The original's headings, the translation's where it has them, the original's (marked with its language) where not. */
function mergeHeadings(own: ContentHeading[], original: { headings: ContentHeading[]; lang: string }): ContentHeading[] {
  return original.headings.map((heading) => own.find((candidate) => candidate.id === heading.id) ?? { ...heading, lang: heading.lang ?? original.lang });
}

type MirrorText = Pick<Section, "html" | "headings" | "blocks" | "paragraphs" | "paragraphAnchors" | "lang">;

function mirrorText<T extends MirrorText>(own: T, original: MirrorText, parsed: ParsedFile<unknown>, originalFile: string, lag: Lag, problems: ProblemList): T {
  const bodyStart = parsed.bodyLineOffset + 1;
  if (!compareHeadings(own.headings, original.headings, parsed.file, originalFile, bodyStart, lag, problems)) return own;
  const blocks = mergeBlocks(own.blocks, original.blocks, lag, bodyStart);
  if (blocks.every((block, index) => block === own.blocks[index]) && blocks.length === own.blocks.length) return own;
  return {
    ...own,
    blocks,
    html: composeHtml(blocks, own.lang),
    headings: mergeHeadings(own.headings, original),
    paragraphs: blocks.flatMap((block) => block.paragraphs),
    paragraphAnchors: blocks.flatMap((block) => block.paragraphs.map(() => block.anchor)),
  };
}

/** A value the translation copies from the original: the original's is used, a different one is lag. */
function copied<T>(lag: Lag, parsed: ParsedFile<unknown>, key: string, own: T, theirs: T): T {
  if (JSON.stringify(own) !== JSON.stringify(theirs)) {
    lag.differs.push({ zh: `${key}（这里是 ${written(parsed, [key])}，原文为 ${String(theirs)}）`, en: `${key} (${written(parsed, [key])} here, ${String(theirs)} in the original)`, line: lineOfPath(parsed, [key]) });
  }
  return theirs;
}

export function mirrorSection(own: Section, parsed: ParsedFile<unknown>, original: Section, words: TranslationWords, problems: ProblemList): Section {
  const lag = new Lag();
  const order = copied(lag, parsed, "order", own.order, original.order);
  const slug = copied(lag, parsed, "slug", own.slug, original.slug);
  const text = mirrorText(own, original, parsed, original.file, lag, problems);
  lag.report(own.file, original.file, words, problems);
  return { ...text, order, slug };
}

export function mirrorOverview(own: Overview, parsed: ParsedFile<unknown>, original: Overview, words: TranslationWords, problems: ProblemList): Overview {
  const lag = new Lag();
  const published = copied(lag, parsed, "published", own.published, original.published);
  const text = mirrorText(own, original, parsed, original.file, lag, problems);
  lag.report(own.file, original.file, words, problems);
  return { ...text, published };
}

/**
 * The original's projects, by number, in its order: the translation's title where it has
 * the project, the original's project (in its language) where it has not; related
 * paragraphs always the original's.
 */
export function mirrorProjects(own: LivelihoodProjects, parsed: ParsedFile<unknown>, original: LivelihoodProjects, words: TranslationWords, problems: ProblemList): LivelihoodProjects {
  const lag = new Lag();
  const theirNumbers = original.projects.map((project) => project.number);
  let contradicts = false;
  own.projects.forEach((project, index) => {
    if (theirNumbers.includes(project.number)) return;
    contradicts = true;
    problems.add({
      file: own.file,
      line: lineOfPath(parsed, ["projects", index, "number"]),
      field: `projects.${index}.number`,
      zh: `原文 ${original.file} 中没有编号为 ${project.number} 的实事（原文的编号：${theirNumbers.join("、")}）。译文的项目编号必须与原文相同。`,
      en: `The original, ${original.file}, has no project number ${project.number} (its numbers: ${theirNumbers.join(", ")}). A translation keeps the original's numbers.`,
    });
  });
  const shared = own.projects.filter((project) => theirNumbers.includes(project.number));
  const expected = theirNumbers.filter((number) => shared.some((project) => project.number === number));
  const at = shared.findIndex((project, index) => project.number !== expected[index]);
  if (at >= 0) {
    contradicts = true;
    const index = own.projects.indexOf(shared[at]!);
    problems.add({
      file: own.file,
      line: lineOfPath(parsed, ["projects", index, "number"]),
      field: `projects.${index}.number`,
      zh: `实事的顺序与原文不同：这里是第 ${shared[at]!.number} 件，原文此处是第 ${expected[at]} 件。请按原文 ${original.file} 的顺序排列。`,
      en: `The projects are not in the original's order: this is number ${shared[at]!.number}, where the original has ${expected[at]}. Order them as ${original.file} does.`,
    });
  }
  if (contradicts) return own;
  const projects: LivelihoodProject[] = original.projects.map((project) => {
    const index = own.projects.findIndex((candidate) => candidate.number === project.number);
    const mine = own.projects[index];
    if (!mine) {
      lag.lacks.push({ zh: `第 ${project.number} 件实事“${clip(project.title, 20)}”`, en: `project ${project.number} "${clip(project.title, 30)}"`, line: lineOfPath(parsed, ["projects"]) });
      return { ...project, lang: project.lang ?? original.lang };
    }
    if (JSON.stringify(mine.related) !== JSON.stringify(project.related)) {
      lag.differs.push({
        zh: `第 ${project.number} 件实事的相关段落（related）`,
        en: `related paragraphs of project ${project.number}`,
        line: lineOfPath(parsed, ["projects", index, "related"]),
      });
    }
    return { ...mine, related: project.related };
  });
  lag.report(own.file, original.file, words, problems);
  return { ...own, projects };
}

/** A whole file the translation has not yet: the original's, and a notice where the translation's file belongs. */
export function missingFile(file: string, originalFile: string, words: TranslationWords, problems: ProblemList): void {
  problems.notice({
    file,
    line: 1,
    zh: `${words.zh}尚缺这个文件（原文 ${originalFile}）。${words.pageZh}。这不影响发布；请把原文复制到这里再翻译。`,
    en: `${words.en} lacks this file (original: ${originalFile}); ${words.pageEn}. The site is still built; copy the original here and translate it.`,
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The HTML of a text from its blocks. A block in another language than the text (the
 * original's, where a translation lacks it) is marked with its language, and preceded,
 * under its heading, by `notice` (the page language's "not yet translated").
 */
export function composeHtml(blocks: TextBlock[], lang: string, notice?: string): string {
  return blocks
    .map((block) => {
      if (block.lang === lang) return block.heading + block.body;
      const heading = block.heading.replace(/^<h([1-6])/, `<h$1 lang="${escapeHtml(block.lang)}"`);
      const note = notice ? `<p class="untranslated-notice">${escapeHtml(notice)}</p>` : "";
      const body = block.body.trim() ? `<div lang="${escapeHtml(block.lang)}">${block.body}</div>` : "";
      return heading + note + body;
    })
    .join("");
}
