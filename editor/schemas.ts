/**
 * The front-matter schemas the editor's collections are generated from, and what the check
 * tells staff a field must look like: the content check's own, imported from this one place.
 */
export { FIELD_HINTS, overviewSchema, projectsSchema, sectionSchema } from "../lib/content/schema";
