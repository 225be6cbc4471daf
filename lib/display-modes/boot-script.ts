import { DISPLAY_MODES, STORAGE_KEY, VISIT_MEMORY_PREFIX } from "./modes";

/**
 * The inline script at the top of <head> on every page. It runs while the HTML is being
 * parsed, before the first paint and before any script bundle, so a resident who chose
 * 长者助手 or a colour scheme never sees the default look flash first.
 *
 * - It marks <html data-js>: controls that need JavaScript are shown only then.
 * - It copies the stored modes, checked against the allowed values, onto <html>.
 * - Storage may be blocked (private mode, policy): then it reads the visit's settings
 *   from window.name, where the client store keeps them in that case.
 *
 * It is ONE fixed string, the same on every page and in every language, so the
 * Content-Security-Policy can allow it by hash (scripts/lib/csp.ts lists it for every page).
 */
export const DISPLAY_MODES_BOOT_SCRIPT =
  `(function(d,m,p){d.setAttribute("data-js","");var s,n;try{s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)}))}` +
  `catch(e){try{n=window.name;if(n.indexOf(p)==0)s=JSON.parse(n.slice(p.length)).settings}catch(f){}}` +
  `try{if(s&&typeof s=="object")for(n in m)if(m[n].indexOf(s[n])>-1)d.setAttribute("data-"+n,s[n])}catch(e){}})` +
  `(document.documentElement,${JSON.stringify(DISPLAY_MODES)},${JSON.stringify(VISIT_MEMORY_PREFIX)})`;
