/**
 * npm run build, first step: remove the previous export before anything else runs.
 * A build that then fails leaves no out/ at all, never an old or half-written one that
 * looks like a good site (the steps after `next build` remove out/ again on failure).
 */
import fs from "node:fs";
import { EXPORT_DIR, GENERATED_DIR } from "./lib/build-paths";

for (const dir of [EXPORT_DIR, GENERATED_DIR]) fs.rmSync(dir, { recursive: true, force: true });
