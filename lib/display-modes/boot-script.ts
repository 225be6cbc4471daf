import { createHash } from "node:crypto";
import { DISPLAY_MODES, STORAGE_KEY } from "./modes";

/**
 * The inline script at the top of <head> on every page. It runs while the HTML is being
 * parsed, before the first paint and before any script bundle, so a resident who chose
 * 长者助手 or a colour scheme never sees the default look flash first.
 *
 * - It marks <html data-js>: controls that need JavaScript are shown only then.
 * - It copies the stored modes, checked against the allowed values, onto <html>.
 * - Storage may be blocked (private mode, policy): then it does nothing more, and the
 *   modes chosen during the visit still work, kept in memory by the client store.
 *
 * It is ONE fixed string, the same on every page and in every language, so the
 * Content-Security-Policy can allow it by hash (see displayModesBootScriptHash).
 */
export const DISPLAY_MODES_BOOT_SCRIPT =
  `(function(d,m){d.setAttribute("data-js","");try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})),n;` +
  `if(s&&typeof s=="object")for(n in m)if(m[n].indexOf(s[n])>-1)d.setAttribute("data-"+n,s[n])}catch(e){}})` +
  `(document.documentElement,${JSON.stringify(DISPLAY_MODES)})`;

/** The CSP source expression for the boot script: `script-src 'sha256-…'`. */
export function displayModesBootScriptHash(): string {
  return `'sha256-${createHash("sha256").update(DISPLAY_MODES_BOOT_SCRIPT, "utf8").digest("base64")}'`;
}
