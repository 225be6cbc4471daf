/**
 * A problem found in the content that staff edit. Every problem names the file and
 * the line, and says what is wrong in plain Chinese and English, so that the person
 * who edited the Markdown can mend it without reading code.
 */
export interface ContentProblem {
  /** Path of the Markdown file, relative to the project folder. */
  file: string;
  /** 1-based line number in that file. */
  line: number;
  /** The front-matter field concerned, as a dotted path (e.g. `projects.2.title`). */
  field?: string;
  zh: string;
  en: string;
}

export function formatProblem(problem: ContentProblem): string {
  const field = problem.field ? `，字段 ${problem.field} / field ${problem.field}` : "";
  return `${problem.file}:${problem.line}（第 ${problem.line} 行 / line ${problem.line}${field}）\n  ${problem.zh}\n  ${problem.en}`;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const header = `内容校验未通过，共 ${problems.length} 处问题 / Content check failed with ${problems.length} problem(s):`;
    super([header, ...problems.map(formatProblem)].join("\n\n"));
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Collects problems while a file is read, so that staff see all of them at once. */
export class ProblemList {
  readonly items: ContentProblem[] = [];

  add(problem: ContentProblem): void {
    this.items.push(problem);
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new ContentError(this.items);
  }
}
