/**
 * npm run build:modules (part of npm run build): the site's browser modules, bundled into
 * public/assets/js/ (scripts/lib/modules-build.ts). `--watch` rebuilds on every change.
 */
import { MODULES_OUT_DIR } from "@/lib/modules/bundle";
import { buildModules, watchModules } from "./lib/modules-build";

async function main() {
  if (process.argv.includes("--watch")) return watchModules();
  const { manifest, bytes } = await buildModules();
  console.log(`✓ ${manifest.files.length} browser modules (${(bytes / 1024).toFixed(1)} KB) → ${MODULES_OUT_DIR}, entry ${manifest.entry}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
