import type { ContentHeading, TextBlock } from "./markdown";
import type { KeyTarget } from "./schema";

/** The plan of one language, as its pages show it: every text already checked. */

interface Text {
  html: string;
  headings: ContentHeading[];
  /** The text by heading; a translation's untranslated parts are the original's blocks, with its language. */
  blocks: TextBlock[];
  paragraphs: string[];
  paragraphAnchors: string[];
  /** The Markdown file the text comes from, relative to the project folder. */
  file: string;
  /** The language the text is in (BCP 47): a translation's page may show the original's text. */
  lang: string;
}

export interface Overview extends Text {
  title: string;
  note: string;
  source: string;
  published: string;
  description: string;
  targets?: KeyTarget[];
}

export interface Section extends Text {
  order: number;
  slug: string;
  title: string;
  description: string;
}

export interface ProjectReference {
  section: string;
  anchor?: string;
}

export interface LivelihoodProject {
  number: number;
  title: string;
  related: ProjectReference[];
  /** Set when the project is shown in another language than its list (not translated yet). */
  lang?: string;
}

export interface LivelihoodProjects {
  title: string;
  description: string;
  projects: LivelihoodProject[];
  file: string;
  lang: string;
}

export interface Plan {
  overview: Overview;
  sections: Section[];
  livelihoodProjects: LivelihoodProjects;
}
