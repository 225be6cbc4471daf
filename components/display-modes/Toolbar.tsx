"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import {
  SCHEMES,
  SPEECH_RATES,
  SPEECH_RATE_NAMES,
  TEXT_SCALES,
  TOGGLE_ON,
  TOOLBAR_ID,
  TOOLBAR_OPENER_ID,
  DEFAULT_TEXT_SCALE,
  nextScheme,
  stepTextScale,
  type Scheme,
  type ToggleMode,
} from "@/lib/display-modes/modes";
import { isTypingTarget, shortcutFor, type ShortcutAction } from "@/lib/display-modes/shortcuts";
import type { ReadingState, SpeechController } from "@/lib/display-modes/speech";
import { isSpeechSupported } from "@/lib/display-modes/speech-support";
import {
  effectiveScheme,
  getDisplayModes,
  setMode,
  setSettings,
  setSpeechRate,
  setToolbarOpen,
  useDisplayModes,
} from "@/lib/display-modes/store";
import { fill } from "@/lib/format";
import type { ToolbarStrings } from "./strings";

const READING_AIDS = ["line-spacing", "cursor", "guides", "caption-bar", "text-only"] as const satisfies ToggleMode[];

/** Speech is offered only where the browser has it (checked without loading the speech module). */
const noSubscription = () => () => {};

/** Starts a feature module on demand while `on`, and stops it when turned off. */
function useLazyFeature(on: boolean, start: () => Promise<() => void>) {
  const startRef = useRef(start);
  startRef.current = start;
  useEffect(() => {
    if (!on) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void startRef.current().then((stopFeature) => {
      if (cancelled) stopFeature();
      else stop = stopFeature;
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [on]);
}

function Group({ id, label, extra, children }: { id: string; label: string; extra?: string; children: ReactNode }) {
  const labelId = `${TOOLBAR_ID}-${id}`;
  return (
    <div role="group" aria-labelledby={labelId} className="modes-group">
      {/* aria-hidden: the text is the group's name already (aria-labelledby still reads it),
          so a screen reader does not say it twice. */}
      <p id={labelId} className="modes-group__label" aria-hidden="true">
        {label}
        {extra && <span className="modes-group__value"> {extra}</span>}
      </p>
      <div className="modes-group__controls">{children}</div>
    </div>
  );
}

function ModeButton(props: { pressed?: boolean; unavailable?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="modes-button"
      aria-pressed={props.pressed}
      aria-disabled={props.unavailable || undefined}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

/**
 * The 无障碍 toolbar: a labelled region of the header holding labelled groups of real
 * buttons. Each button is its own Tab stop (no roving focus to learn, and the same in
 * screen readers' browse and focus modes); toggles carry aria-pressed. Escape closes the
 * toolbar and returns focus to the 无障碍 button. Speech, guide lines and the caption bar
 * are loaded with import() the first time they are used.
 */
export function Toolbar({
  strings,
  elderName,
  helpHref,
  statementHref,
}: {
  strings: ToolbarStrings;
  /** The name of the 长者助手 button, for the shortcut's announcement. */
  elderName: string;
  helpHref: string;
  statementHref: string;
}) {
  const modes = useDisplayModes();
  const { settings, toolbarOpen } = modes;
  const scheme = effectiveScheme(modes);
  const textScale = settings["text-scale"] ?? DEFAULT_TEXT_SCALE;
  const speechRate = settings["speech-rate"] ?? "normal";
  const speechSupported = useSyncExternalStore(noSubscription, isSpeechSupported, () => true);
  const [reading, setReading] = useState<ReadingState>("idle");
  const [pointReading, setPointReading] = useState(false);
  const [status, setStatus] = useState({ text: "", count: 0 });
  const speech = useRef<SpeechController | undefined>(undefined);
  const region = useRef<HTMLElement>(null);

  const announce = useCallback((text: string) => setStatus((previous) => ({ text, count: previous.count + 1 })), []);

  useEffect(() => {
    if (!status.text) return;
    const timer = setTimeout(() => setStatus((previous) => ({ ...previous, text: "" })), 10_000);
    return () => clearTimeout(timer);
  }, [status]);

  const loadSpeech = useCallback(async (): Promise<SpeechController | undefined> => {
    if (!isSpeechSupported()) {
      announce(strings.speechUnsupported);
      return undefined;
    }
    if (!speech.current) {
      const { createSpeechController } = await import("@/lib/display-modes/speech");
      speech.current ??= createSpeechController({
        rate: SPEECH_RATES[getDisplayModes().settings["speech-rate"] ?? "normal"],
        onStateChange: (state, end) => {
          setReading(state);
          if (end === "done") announce(strings.readingDone);
          if (end === "stopped") announce(strings.readingStopped);
        },
      });
    }
    return speech.current;
  }, [announce, strings]);

  useEffect(() => speech.current?.setRate(SPEECH_RATES[speechRate]), [speechRate]);

  useLazyFeature(settings.guides === "on", () => import("@/lib/display-modes/guides").then((m) => m.startGuides()));
  useLazyFeature(settings["caption-bar"] === "on", () =>
    import("@/lib/display-modes/caption-bar").then((m) => m.startCaptionBar(strings.captionHint)),
  );

  const toggle = (mode: ToggleMode, name: string, { quiet = true } = {}) => {
    const on = settings[mode] === undefined;
    setMode(mode, on ? TOGGLE_ON[mode] : undefined);
    // A pressed button announces its own state; shortcuts have no button to do that.
    if (!quiet) announce(fill(on ? strings.switchedOn : strings.switchedOff, { name }));
  };

  const changeTextScale = (direction: 1 | -1) => {
    const next = stepTextScale(textScale, direction);
    if (next === textScale) {
      announce(fill(direction > 0 ? strings.textSizeMax : strings.textSizeMin, { value: textScale }));
      return;
    }
    setMode("text-scale", next === DEFAULT_TEXT_SCALE ? undefined : next);
    announce(fill(strings.textSizeStatus, { value: next }));
  };

  const chooseScheme = (next: Scheme, { quiet = true } = {}) => {
    setMode("scheme", next);
    if (!quiet) announce(fill(strings.schemeStatus, { name: strings.schemes[next] }));
  };

  const readOrPause = async () => {
    const controller = await loadSpeech();
    if (!controller) return;
    const main = document.getElementById("main");
    // The main text starts at the page's heading; the breadcrumb before it is navigation.
    if (reading === "idle" && main) controller.readFromTop(main, main.querySelector("h1"));
    else controller.togglePause();
  };

  const togglePointReading = async () => {
    const controller = await loadSpeech();
    if (!controller) return;
    controller.setPointReading(!pointReading);
    setPointReading(!pointReading);
  };

  const closeToolbar = () => {
    setToolbarOpen(false);
    document.getElementById(TOOLBAR_OPENER_ID)?.focus();
  };

  const reset = () => {
    speech.current?.stop();
    speech.current?.setPointReading(false);
    setPointReading(false);
    setSettings({});
    announce(strings.resetDone);
  };

  const runShortcut = (action: ShortcutAction) => {
    switch (action) {
      case "toggleElder":
        return toggle("elder", elderName, { quiet: false });
      case "toggleToolbar": {
        const focusInside = region.current?.contains(document.activeElement);
        setToolbarOpen(!toolbarOpen);
        if (toolbarOpen && focusInside) document.getElementById(TOOLBAR_OPENER_ID)?.focus();
        // Opened from the keyboard: move into it, so the next key acts on the toolbar.
        if (!toolbarOpen) requestAnimationFrame(() => region.current?.querySelector<HTMLElement>("button")?.focus());
        return;
      }
      case "textLarger":
        return changeTextScale(1);
      case "textSmaller":
        return changeTextScale(-1);
      case "nextScheme":
        return chooseScheme(nextScheme(scheme), { quiet: false });
      case "readOrPause":
        return void readOrPause();
      case "stopReading":
        return speech.current?.stop();
    }
  };
  const runShortcutRef = useRef(runShortcut);
  runShortcutRef.current = runShortcut;

  useEffect(() => {
    if (settings.shortcuts !== "on") return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      runShortcutRef.current(action);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [settings.shortcuts]);

  const scaleIndex = TEXT_SCALES.indexOf(textScale);
  return (
    <>
      {/* Escape anywhere inside the toolbar closes it, as in a dialog: the listener sits on the
          container; every control in it is a real button. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <section
        id={TOOLBAR_ID}
        ref={region}
        className="modes-toolbar"
        aria-labelledby={`${TOOLBAR_ID}-title`}
        hidden={!toolbarOpen}
        data-requires-js=""
        onKeyDown={(event) => {
          if (event.key !== "Escape") return;
          event.preventDefault();
          closeToolbar();
        }}
      >
        <div className="site-container modes-toolbar__inner">
          <p id={`${TOOLBAR_ID}-title`} className="modes-toolbar__title" aria-hidden="true">
            {strings.title}
          </p>
          <Group id="scheme" label={strings.schemeGroup}>
            {SCHEMES.map((name) => (
              <ModeButton key={name} pressed={scheme === name} onClick={() => chooseScheme(name)}>
                {strings.schemes[name]}
              </ModeButton>
            ))}
            <p className="modes-note modes-note--forced-colors">{strings.forcedColors}</p>
          </Group>
          <Group id="text" label={strings.textGroup} extra={fill(strings.textSize, { value: textScale })}>
            <ModeButton unavailable={scaleIndex === 0} onClick={() => changeTextScale(-1)}>
              {strings.textSmaller}
            </ModeButton>
            <ModeButton unavailable={scaleIndex === TEXT_SCALES.length - 1} onClick={() => changeTextScale(1)}>
              {strings.textLarger}
            </ModeButton>
          </Group>
          <Group id="reading" label={strings.readingGroup}>
            {READING_AIDS.map((mode) => (
              <ModeButton key={mode} pressed={settings[mode] !== undefined} onClick={() => toggle(mode, strings[mode])}>
                {strings[mode]}
              </ModeButton>
            ))}
          </Group>
          <Group id="speech" label={strings.speechGroup}>
            {speechSupported ? (
              <>
                <ModeButton pressed={pointReading} onClick={() => void togglePointReading()}>
                  {strings.pointRead}
                </ModeButton>
                <ModeButton
                  pressed={reading !== "idle"}
                  onClick={() => (reading === "idle" ? void readOrPause() : speech.current?.stop())}
                >
                  {strings.continuousRead}
                </ModeButton>
                <ModeButton
                  pressed={reading === "paused"}
                  unavailable={reading === "idle"}
                  onClick={() => void (reading !== "idle" && readOrPause())}
                >
                  {strings.pause}
                </ModeButton>
                <ModeButton unavailable={reading === "idle"} onClick={() => speech.current?.stop()}>
                  {strings.stop}
                </ModeButton>
              </>
            ) : (
              <p className="modes-note">{strings.speechUnsupported}</p>
            )}
          </Group>
          {speechSupported && (
            <Group id="rate" label={strings.rateGroup}>
              {SPEECH_RATE_NAMES.map((name) => (
                <ModeButton key={name} pressed={speechRate === name} onClick={() => setSpeechRate(name)}>
                  {strings.rates[name]}
                </ModeButton>
              ))}
            </Group>
          )}
          <Group id="more" label={strings.otherGroup}>
            <ModeButton pressed={settings.shortcuts === "on"} onClick={() => toggle("shortcuts", strings.shortcuts)}>
              {strings.shortcuts}
            </ModeButton>
            <ModeButton onClick={reset}>{strings.reset}</ModeButton>
            <a href={helpHref} className="modes-link">
              {strings.help}
            </a>
            <a href={statementHref} className="modes-link">
              {strings.statement}
            </a>
            <ModeButton onClick={closeToolbar}>{strings.close}</ModeButton>
          </Group>
        </div>
      </section>
      <p role="status" className="modes-status" data-requires-js="">
        {status.text}
        {/* Alternating invisible space: the same message twice is announced twice. */}
        {status.text && status.count % 2 ? "\u00a0" : ""}
      </p>
    </>
  );
}
