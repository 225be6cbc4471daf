/**
 * A problem found in the content that staff edit. Every problem names the file that must
 * change and the line, and says what is wrong in plain Chinese, then English, so that the
 * person who edited the Markdown can mend it without reading code.
 *
 * Two kinds: a problem stops the build; a notice (a translation that lags behind the
 * original) is printed and the site is still built.
 */
export interface ContentProblem {
  /** Path of the file, relative to the project folder, "/"-separated. */
  file: string;
  /** 1-based line number in that file. */
  line: number;
  /** The front-matter field concerned, as keys from the top (`projects.2.title`); shown to people as 第 3 件实事的 title. */
  field?: string;
  zh: string;
  en: string;
}

/** Keys of a front-matter field as a dotted path (`["projects", 2, "title"]` → `projects.2.title`). */
export function fieldKey(keys: readonly PropertyKey[]): string {
  return keys.map(String).join(".");
}

/**
 * A field as people count: `projects.0.related.1.section` is 第 1 件实事的第 2 条相关段落（related）的 section,
 * project 1, related paragraph 2, section.
 */
export function fieldName(field: string): { zh: string; en: string } {
  const keys = field.split(".");
  const zh: string[] = [];
  const en: string[] = [];
  keys.forEach((key, index) => {
    if (!/^\d+$/.test(key)) {
      // The list's name is said with its item ("第 1 件实事"), not on its own.
      if (/^\d+$/.test(keys[index + 1] ?? "")) return;
      zh.push(key);
      en.push(key);
      return;
    }
    const n = Number(key) + 1;
    switch (keys[index - 1]) {
      case "projects":
        zh.push(`第 ${n} 件实事`);
        en.push(`project ${n}`);
        break;
      case "targets":
        zh.push(`第 ${n} 个目标（targets）`);
        en.push(`target ${n}`);
        break;
      case "related":
        zh.push(`第 ${n} 条相关段落（related）`);
        en.push(`related paragraph ${n}`);
        break;
      default:
        zh.push(`${keys[index - 1] ?? ""} 的第 ${n} 项`);
        en.push(`${keys[index - 1] ?? ""} item ${n}`);
    }
  });
  return { zh: zh.join("的").replace(/的([a-z])/g, "的 $1"), en: en.join(", ") };
}

/** A piece of what someone wrote, short enough to quote in a one-line message. */
export function clip(text: string, max = 40): string {
  const oneLine = text.replace(/\s*\n[\s\S]*$/, " …");
  const chars = [...oneLine];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : oneLine;
}

export function formatProblem(problem: ContentProblem): string {
  // A top-level field is named in the message itself; an item of a list is said as people count it.
  const field = problem.field && /\.\d+(?:\.|$)/.test(problem.field) ? fieldName(problem.field) : undefined;
  const where = field ? `；${field.zh} / ${field.en}` : "";
  return `${problem.file}:${problem.line}（第 ${problem.line} 行 / line ${problem.line}${where}）\n  ${problem.zh}\n  ${problem.en}`;
}

/** What the check prints: the problems to fix first, then the notices. */
export function formatReport(problems: readonly ContentProblem[], notices: readonly ContentProblem[] = []): string {
  const parts: string[] = [];
  if (problems.length) {
    parts.push(`✗ 内容检查未通过：${problems.length} 处需要修改 / Content check failed: ${problems.length} problem(s) to fix`);
    parts.push(...problems.map(formatProblem));
  }
  if (notices.length) {
    parts.push(`ℹ ${notices.length} 条提示，不影响发布 / ${notices.length} notice(s); the site is still built`);
    parts.push(...notices.map(formatProblem));
  }
  return parts.join("\n\n");
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(formatReport(problems));
    this.name = "ContentError";
    this.problems = problems;
  }
}

/**
 * Collects the problems and notices of one check, so that staff see all of them at once,
 * each once: the same message at the same place is kept only the first time.
 */
export class ProblemList {
  readonly items: ContentProblem[] = [];
  readonly notices: ContentProblem[] = [];
  private readonly seen = new Set<string>();

  add(problem: ContentProblem): void {
    this.push(this.items, problem);
  }

  notice(problem: ContentProblem): void {
    this.push(this.notices, problem);
  }

  /** Whether any problem was reported in `file` (then its later checks would only repeat the cause). */
  has(file: string): boolean {
    return this.items.some((problem) => problem.file === file);
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new ContentError(this.items);
  }

  private push(list: ContentProblem[], problem: ContentProblem): void {
    const key = `${problem.file}\n${problem.line}\n${problem.zh}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    list.push(problem);
  }
}
