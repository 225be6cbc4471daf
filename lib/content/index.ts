/**
 * The content of the site (content/): reading and checking it (load.ts, front-matter.ts,
 * links.ts, mirror.ts), the field schemas (schema.ts), the messages staff read
 * (messages.ts) and the whole check (check.ts).
 */
export { findSection, loadPlan, readPlan, type LoadOptions, type ReadResult } from "./load";
export type { LivelihoodProject, LivelihoodProjects, Overview, Plan, ProjectReference, Section } from "./types";
