import { decap, type PreviewProps } from "./decap";
import { FORMAT_NAME, parseEntry, serializeEntry } from "./format";
import { showContentStatus } from "./status-panel";
import { registerReadonlyWidget } from "./widgets";

/**
 * The editor page of `npm run edit`: Decap CMS with the project's file format, the
 * read-only widget of the translation, the live site as the preview of each file, and the
 * content check after each save. The configuration comes from editor/server.ts, which
 * generates it from the content schemas.
 */
interface Settings {
  cms: unknown;
  previewUrl: string;
  /** For each form, the address of its page on the site; {slug} stands for the section's slug. */
  previews: { name: string; path: string }[];
}

// The files are this PC's own: there is no account to log in to. Decap keeps its "user" here;
// without it, it would first show a login button that asks for nothing.
if (!localStorage.getItem("decap-cms-user")) localStorage.setItem("decap-cms-user", JSON.stringify({ backendName: "proxy" }));

const settings = (await (await fetch("/settings.json")).json()) as Settings;
const { CMS, h } = decap();

CMS.registerCustomFormat(FORMAT_NAME, "md", {
  fromFile: parseEntry,
  toFile: (data, sortedKeys) => serializeEntry(data, sortedKeys),
});
registerReadonlyWidget();

// The preview beside the form is the site itself, as `npm run dev` serves it: it shows the
// saved file, and reloads by itself after each save that passes the check.
for (const { name, path } of settings.previews) {
  CMS.registerPreviewTemplate(name, ({ entry }: PreviewProps) => {
    const slug = String(entry.getIn(["data", "slug"]) ?? "");
    if (path.includes("{slug}") && !slug) return h("p", null, "保存后，这里显示网站上的这一页。");
    return h("iframe", {
      src: settings.previewUrl + path.replace("{slug}", encodeURIComponent(slug)),
      title: "网站预览（保存后自动刷新）",
      // Fixed to the preview pane, so that Decap's scroll sync cannot move it out of view.
      style: { position: "fixed", inset: "0", border: "0", width: "100%", height: "100%" },
    });
  });
}

CMS.init({ config: settings.cms });
showContentStatus(`${settings.previewUrl}/__preview/events`);
