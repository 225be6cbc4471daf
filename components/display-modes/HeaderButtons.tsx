"use client";

import { modeAttribute, TOOLBAR_ID, TOOLBAR_OPENER_ID } from "@/lib/display-modes/modes";
import { PRESSED_WHEN_ATTRIBUTE } from "@/lib/hydration";
import { setMode, setToolbarOpen, useDisplayModes } from "@/lib/display-modes/store";
import type { HeaderStrings } from "./strings";

/**
 * 长者助手 (a toggle, aria-pressed) and 无障碍 (a disclosure, aria-expanded, that opens the
 * toolbar region). Shown only when JavaScript runs (data-requires-js), so a page without
 * it never offers a button that does nothing. Before hydration the loader sets 长者助手's
 * aria-pressed from <html data-elder> (PRESSED_WHEN_ATTRIBUTE), which the boot script set.
 */
export function HeaderButtons({ strings }: { strings: HeaderStrings }) {
  const { settings, toolbarOpen } = useDisplayModes();
  const elder = settings.elder === "on";
  return (
    <div className="modes-header" data-requires-js="">
      <button
        type="button"
        className="modes-button modes-button--header"
        aria-pressed={elder}
        {...{ [PRESSED_WHEN_ATTRIBUTE]: modeAttribute("elder") }}
        onClick={() => setMode("elder", elder ? undefined : "on")}
      >
        {strings.elder}
      </button>
      <button
        type="button"
        id={TOOLBAR_OPENER_ID}
        className="modes-button modes-button--header modes-button--disclosure"
        aria-expanded={toolbarOpen}
        aria-controls={TOOLBAR_ID}
        onClick={() => setToolbarOpen(!toolbarOpen)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && toolbarOpen) setToolbarOpen(false);
        }}
      >
        {strings.toolbar}
      </button>
    </div>
  );
}
