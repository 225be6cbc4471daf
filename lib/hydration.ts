import { TOOLBAR_KEY, VISIT_MEMORY_PREFIX } from "./display-modes/modes";
import { scriptJson } from "./script-json";

/**
 * Hydration on first use.
 *
 * Every page is complete HTML: a resident who only reads needs no script at all. The
 * build (scripts/lib/defer-hydration.ts) therefore takes Next's script tags and its inline
 * React Server Components payload out of each exported page, writes the payload to a
 * content-hashed file, and leaves a small JSON note (HYDRATION_CONFIG_ID) plus this one
 * fixed loader. The loader fetches the payload and the scripts when the reader first
 * shows intent: moves or presses a pointer, touches, scrolls, or moves keyboard focus.
 *
 * - A button that needs JavaScript (inside [data-requires-js]) clicked before the page's
 *   script has run is not lost: the click starts the loading, and once React has
 *   hydrated the page (HYDRATED_EVENT, from components/HydrationSignal.tsx) it is
 *   clicked again, so the reader gets what they asked for.
 * - The page is hydrated at once when it cannot wait: when the 无障碍 toolbar is open or a
 *   mode that needs script (guide lines, caption bar, shortcuts) is on, and on a page
 *   that names an address parameter in HYDRATE_WITH_PARAM_ATTRIBUTE when the address
 *   has it, even empty (the search page opened with ?q=, also when its form was sent
 *   before the script had run).
 * - A toggle whose state the boot script already applied (长者助手) says that state
 *   before hydration: PRESSED_WHEN_ATTRIBUTE names the <html> attribute it mirrors.
 * - No key is listened to: keyboard users are noticed by focus moving (Tab), and a key
 *   that activates a button arrives as the click above.
 *
 * Like the boot script, this is ONE fixed string on every page, allowed by its hash.
 */
export const HYDRATION_CONFIG_ID = "nanlang-hydration";
export const HYDRATED_EVENT = "nanlang:hydrated";
/** Set on <html> once the page is hydrated (tests and styles may wait for it). */
export const HYDRATED_ATTRIBUTE = "data-hydrated";
export const HYDRATE_WITH_PARAM_ATTRIBUTE = "data-hydrate-with-param";
export const PRESSED_WHEN_ATTRIBUTE = "data-pressed-when";
/** Modes whose behaviour is script, not style: a page with one of them on is hydrated at once. */
export const MODES_NEEDING_SCRIPT = ["guides", "caption-bar", "shortcuts"] as const;

/** What the build leaves in the page for the loader (JSON in a non-executable <script>). */
export interface HydrationConfig {
  /** Address of the page's React Server Components payload. */
  flight: string;
  /** Next's scripts, in their original order, with the attributes they had. */
  scripts: { src: string; id?: string }[];
}

const INTENT_EVENTS = ["pointerdown", "pointermove", "touchstart", "focusin", "scroll", "wheel"];

export const HYDRATION_LOADER_SCRIPT =
  `(function(d,w,o){var h=d.documentElement,c=d.getElementById(o.config),q=[],started=0,done=0,i;` +
  `function listen(add){for(i=0;i<o.intent.length;i++)w[add?"addEventListener":"removeEventListener"](o.intent[i],load,{capture:true,passive:true})}` +
  `function load(){if(started)return;started=1;listen(0);var p=JSON.parse(c.textContent);` +
  `fetch(p.flight).then(function(r){if(!r.ok)throw Error(r.status);return r.text()}).then(function(t){` +
  `w.__next_f=[[0],[1,t]];` +
  `p.scripts.forEach(function(s){var e=d.createElement("script");e.src=s.src;e.async=true;if(s.id)e.id=s.id;d.body.appendChild(e)})` +
  `})["catch"](function(){started=0;q=[];listen(1)})}` +
  `function wanted(){var n,m,x;try{if(sessionStorage.getItem(o.toolbar)=="open")return 1}catch(e){try{n=w.name;if(n.indexOf(o.visit)==0&&JSON.parse(n.slice(o.visit.length)).toolbarOpen)return 1}catch(f){}}` +
  `for(i=0;i<o.modes.length;i++)if(h.hasAttribute("data-"+o.modes[i]))return 1;` +
  `m=d.querySelectorAll("["+o.param+"]");for(i=0;i<m.length;i++){x=m[i].getAttribute(o.param);if(x&&new URLSearchParams(location.search).has(x))return 1}}` +
  `if(!c)return;` +
  `d.querySelectorAll("["+o.pressed+"]").forEach(function(b){b.setAttribute("aria-pressed",h.hasAttribute(b.getAttribute(o.pressed))?"true":"false")});` +
  `d.addEventListener("click",function(e){var b=e.target&&e.target.closest&&e.target.closest("button");` +
  `if(done||!b||!b.closest("[data-requires-js]"))return;e.preventDefault();e.stopImmediatePropagation();q.push(b);load()},true);` +
  `w.addEventListener(o.hydrated,function(){done=1;var l=q;q=[];l.forEach(function(b){if(b.isConnected)b.click()})});` +
  `if(wanted())load();else listen(1)})` +
  `(document,window,${JSON.stringify({
    config: HYDRATION_CONFIG_ID,
    intent: INTENT_EVENTS,
    hydrated: HYDRATED_EVENT,
    toolbar: TOOLBAR_KEY,
    visit: VISIT_MEMORY_PREFIX,
    modes: MODES_NEEDING_SCRIPT,
    param: HYDRATE_WITH_PARAM_ATTRIBUTE,
    pressed: PRESSED_WHEN_ATTRIBUTE,
  })})`;

/** The note and the loader, as the build writes them at the end of <body>. */
export function hydrationMarkup(config: HydrationConfig): string {
  return `<script type="application/json" id="${HYDRATION_CONFIG_ID}">${scriptJson(config)}</script><script>${HYDRATION_LOADER_SCRIPT}</script>`;
}
