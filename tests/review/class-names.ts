/**
 * npx tsx tests/review/class-names.ts [PAGE]   (after npm run build:preview; PAGE defaults to a section page)
 *
 * How much of a built page's styling comes from Tailwind utilities in the markup: every
 * class name on the page's elements, counted once per element, is BEM-style when our own
 * stylesheets define it as a selector (a hand-written component class) or when it is named
 * block__element or block--modifier; the rest are utilities. Prints the BEM-style share and
 * lists those names.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "parse5";

const page = process.argv[2] ?? "out/sections/biomedicine/index.html";
const STYLESHEETS = ["app/globals.css", ...fs.readdirSync("app/styles").map((name) => path.join("app/styles", name))];

/** Class selectors written in our stylesheets (comments and the @theme block hold none). */
const handWritten = new Set<string>();
for (const file of STYLESHEETS) {
  const css = fs
    .readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/url\([^)]*\)/g, "");
  for (const [, name] of css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) handWritten.add(name!);
}

interface Node {
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}
const counts = new Map<string, number>();
(function walk(node: Node) {
  for (const name of node.attrs
    ?.find((attr) => attr.name === "class")
    ?.value.split(/\s+/)
    .filter(Boolean) ?? []) {
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) walk(child);
})(parse(fs.readFileSync(page, "utf8")) as Node);

let total = 0;
let bem = 0;
const bemNames: string[] = [];
for (const [name, count] of counts) {
  total += count;
  if (handWritten.has(name) || /__|--/.test(name)) {
    bem += count;
    bemNames.push(`${name}×${count}`);
  }
}
console.log(`${page}: ${total} class names, ${bem} BEM-style (${((bem / Math.max(total, 1)) * 100).toFixed(1)}%), ${total - bem} utilities`);
console.log(`BEM-style: ${bemNames.sort().join(" ")}`);
