/**
 * The front-matter schemas the editor's collections are generated from: the content
 * check's own, imported from this one place.
 */
export { overviewSchema, projectsSchema, sectionSchema } from "../lib/content";
