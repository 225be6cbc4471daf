import fs from "node:fs";
import path from "node:path";
import { loadPlan } from "@/lib/content";
import { sectionFullTitle } from "@/lib/i18n/section-title";
import { CSP_MAPS_FILE } from "@/scripts/lib/build-paths";
import { collectCspHashes, nginxCspMaps } from "@/scripts/lib/csp";
import { precompress } from "@/scripts/lib/precompress";

/**
 * The hand-written baseline: section (一) as one HTML page with no script and a few lines
 * of CSS (bench/baseline/section.html). Its words are taken from the content at bench
 * time, through the same Markdown pipeline, so the two pages carry the same text.
 * Written into a folder of its own, precompressed, with its CSP maps, and served like the site.
 */
export function writeBaseline(dir: string): { root: string; cspMapsFile: string; page: string } {
  const section = loadPlan().sections[0];
  if (!section) throw new Error("The content has no section.");
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const template = fs.readFileSync(path.join(__dirname, "baseline", "section.html"), "utf8");
  const html = template
    .replaceAll("{{title}}", escape(sectionFullTitle("zh-CN", section)))
    .replaceAll("{{description}}", escape(section.description))
    .replace("{{body}}", section.html);
  const root = path.join(dir, "site");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(root, "sections", section.slug), { recursive: true });
  fs.writeFileSync(path.join(root, "sections", section.slug, "index.html"), html);
  fs.writeFileSync(path.join(root, "404.html"), template.replaceAll("{{title}}", "404").replace("{{description}}", "").replace("{{body}}", ""));
  const cspMapsFile = path.join(dir, path.basename(CSP_MAPS_FILE));
  fs.writeFileSync(cspMapsFile, nginxCspMaps(collectCspHashes(root)));
  precompress(root);
  return { root, cspMapsFile, page: `/sections/${section.slug}/` };
}
