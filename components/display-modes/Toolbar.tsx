import type { ReactNode } from "react";
import {
  CAPTION_SCRIPT_INPUT_NAME,
  CONTROL,
  RATE_INPUT_NAME,
  SCHEME_INPUT_NAME,
  SPEECH_LANGUAGE_INPUT_NAME,
  type SpeechAction,
  type TextStep,
  type ToolbarAction,
} from "@/lib/display-modes/controls";
import {
  CAPTION_SCRIPTS,
  DEFAULT_TEXT_SCALE,
  SCHEMES,
  SPEECH_LANGUAGES,
  SPEECH_RATE_NAMES,
  togglesIn,
  type CaptionScript,
  type ToggleMode,
} from "@/lib/display-modes/modes";
import { fill } from "@/lib/i18n/format";
import type { ToolbarStrings } from "@/lib/display-modes/strings";
import { REQUIRES_JS_ATTRIBUTE } from "@/lib/modules/names";
import { SITE_IDS } from "@/lib/site-ids";
import { SITE_CONTAINER } from "../site-container";

const groupLabelId = (group: string) => `${SITE_IDS.toolbar}-${group}`;
const SPEECH_MESSAGE_ID = `${SITE_IDS.toolbar}-speech-message`;
const SPEECH_LANGUAGE_NOTE_ID = `${SITE_IDS.toolbar}-speech-language-note`;

/*
 * The look of the toolbar's controls, and of the two header buttons (DisplayModeControls.tsx).
 * Targets are at least min-h-control square (44px, 60px in 长者助手: MIIT); sizes in rem and em, not
 * in the site's space, so they stay as they are when 长者助手 widens it.
 */
/** Every control drawn as a button: a bordered box, its text bold and centred. */
export const CONTROL_BOX =
  "box-border m-0 inline-flex min-h-control min-w-control cursor-pointer items-center justify-center rounded-[4px] border-2 px-[0.75em] py-[0.25em] text-center leading-[1.3] font-bold hover:underline hover:decoration-2";
/**
 * A toggle (aria-pressed): its state is shown by a tick as well as by inverted colours, so it
 * survives forced colours (where the border thickens too) and does not rely on colour
 * (WCAG 1.4.1). The tick's alt text is empty: aria-pressed already tells assistive technology.
 */
export const PRESSABLE =
  "before:inline-block before:w-[1em] before:invisible before:content-['✓'_/_''] aria-pressed:before:visible forced-colors:aria-pressed:border-4";
/** On the page's own colours (the toolbar), inverted when pressed. */
const TOOLBAR_BUTTON = `${CONTROL_BOX} gap-[0.25em] border-ink bg-page text-ink aria-pressed:bg-ink aria-pressed:text-page aria-disabled:cursor-not-allowed aria-disabled:border-dashed`;
/**
 * 配色, 语速, 朗读语言, 字幕文字: native radios, each in a label as large as a button. The chosen
 * one is inverted, and its radio is filled: the state never rests on colour alone (WCAG 1.4.1).
 * The focus ring is drawn around the whole label, which is what the reader sees as the control.
 */
const CHOICE_LABEL = `${CONTROL_BOX} gap-[0.5em] border-ink bg-page text-ink has-checked:bg-ink has-checked:text-page has-[[aria-disabled=true]]:cursor-not-allowed has-[[aria-disabled=true]]:border-dashed has-focus-visible:ring-6 has-focus-visible:ring-focus has-focus-visible:outline-3 has-focus-visible:outline-offset-0 has-focus-visible:outline-focus-ink`;
const CHOICE_INPUT = "m-0 size-[1.1em] cursor-[inherit] accent-current focus-visible:shadow-none focus-visible:outline-none";
/** A group (fieldset or role="group"): its bold label above its row of controls. */
const GROUP = "m-0 max-w-full min-w-0 border-0 p-0";
const GROUP_LABEL = "mx-0 mt-0 mb-[0.25rem] p-0 font-bold";
const GROUP_CONTROLS = "flex flex-wrap items-center gap-[0.5rem]";
const TOOLBAR_LINK = "inline-flex min-h-control min-w-control items-center px-[0.25em] font-bold";
const NOTE = "m-0 max-w-[30em]";
/** A message the module fills in and shows: on a line of its own, marked by a bar. */
const ALERT_NOTE = `${NOTE} basis-full border-s-[6px] border-rule px-[0.75rem] py-[0.5rem] font-bold`;

/** A labelled group of controls; its visible label is its accessible name (read once). */
function Group({ id, label, children, ...rest }: { id: string; label: ReactNode; children: ReactNode; [data: `data-${string}`]: string }) {
  return (
    <div role="group" aria-labelledby={groupLabelId(id)} className={GROUP} {...rest}>
      {/* aria-hidden: the text is the group's name already (aria-labelledby still reads it). */}
      <p id={groupLabelId(id)} className={GROUP_LABEL} aria-hidden="true">
        {label}
      </p>
      <div className={GROUP_CONTROLS}>{children}</div>
    </div>
  );
}

/** A single choice (配色, 语速): native radios in a fieldset, so arrow keys, names and states are the browser's own. */
function Choice({
  legend,
  name,
  options,
  checked,
  children,
  ...data
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  checked: string;
  children?: ReactNode;
  [data: `data-${string}`]: string;
}) {
  return (
    <fieldset className={GROUP} {...data}>
      <legend className={GROUP_LABEL}>{legend}</legend>
      <div className={GROUP_CONTROLS}>
        {options.map((option) => (
          <label key={option.value} className={CHOICE_LABEL}>
            <input type="radio" name={name} value={option.value} defaultChecked={option.value === checked} className={CHOICE_INPUT} />
            {option.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

/** A button of the toolbar; a toggle when it has a `pressed` state. */
function ModeButton({
  children,
  pressed,
  disabled,
  ...data
}: {
  children: ReactNode;
  pressed?: boolean;
  disabled?: boolean;
  [data: `data-${string}`]: string;
}) {
  return (
    <button
      type="button"
      className={pressed === undefined ? TOOLBAR_BUTTON : `${TOOLBAR_BUTTON} ${PRESSABLE}`}
      aria-pressed={pressed}
      aria-disabled={disabled || undefined}
      {...data}
    >
      {children}
    </button>
  );
}

const toggle = (mode: ToggleMode) => ({ [CONTROL.toggle]: mode });
const step = (direction: TextStep) => ({ [CONTROL.textStep]: direction });
const speech = (action: SpeechAction) => ({ [CONTROL.speech]: action });
const action = (name: ToolbarAction) => ({ [CONTROL.action]: name });

/**
 * The 无障碍 toolbar, complete in the HTML: a labelled region of labelled groups of real
 * controls, each with its name and its default state. It is shown only while <html> has
 * data-toolbar-open (set before first paint by the boot script when the reader left it
 * open, so the page paints with it and nothing moves), and only where JavaScript runs.
 * The display-modes module sets every state from the page's modes as it starts, and keeps
 * them in step. Each control is its own Tab stop; 配色, 语速 and, on Chinese pages,
 * 朗读语言 and 字幕文字 are radio groups.
 *
 * `chinese`: on a Chinese page, its own script and the address of its caption text (null
 * on the 404 page, which is served at any address and so has none); English pages are
 * read with an English voice and have no 拼音.
 */
export function Toolbar({
  strings,
  helpHref,
  statementHref,
  chinese,
}: {
  strings: ToolbarStrings;
  helpHref: string;
  statementHref: string;
  chinese?: { script: Exclude<CaptionScript, "pinyin">; captionText: string | null };
}) {
  return (
    <section
      id={SITE_IDS.toolbar}
      // Shown while it is open (data-toolbar-open on <html>, set by the module or, before first paint, the boot script).
      className="hidden border-b-4 border-rule bg-surface text-ink [html[data-toolbar-open]_&]:block"
      aria-labelledby={SITE_IDS.toolbarTitle}
      {...{ [CONTROL.toolbar]: "", [REQUIRES_JS_ATTRIBUTE]: "" }}
    >
      <div className={`${SITE_CONTAINER} flex flex-wrap items-start gap-x-[2rem] gap-y-[1rem] py-[1rem]`}>
        <p id={SITE_IDS.toolbarTitle} className="m-0 basis-full text-h3 font-bold" aria-hidden="true">
          {strings.title}
        </p>
        <Choice
          legend={strings.schemeGroup}
          name={SCHEME_INPUT_NAME}
          checked="default"
          options={SCHEMES.map((value) => ({ value, label: strings.schemes[value] }))}
        >
          {/* Said only under forced colours (Windows high contrast), where the system chooses every colour. */}
          <p className={`${NOTE} hidden forced-colors:block`}>{strings.forcedColors}</p>
        </Choice>
        <Group
          id="text"
          label={
            <>
              {strings.textGroup} <span {...{ [CONTROL.textSize]: "" }}>{fill(strings.textSize, { value: DEFAULT_TEXT_SCALE })}</span>
            </>
          }
        >
          <ModeButton disabled {...step("smaller")}>
            {strings.textSmaller}
          </ModeButton>
          <ModeButton {...step("larger")}>{strings.textLarger}</ModeButton>
        </Group>
        <Group id="reading" label={strings.readingGroup}>
          {togglesIn("reading").map((mode) => (
            <ModeButton key={mode} pressed={false} {...toggle(mode)}>
              {strings[mode]}
            </ModeButton>
          ))}
        </Group>
        {chinese?.captionText ? (
          // Shown while the 大字幕 bar is on: what it shows.
          <Choice
            legend={strings.captionScriptGroup}
            name={CAPTION_SCRIPT_INPUT_NAME}
            checked={chinese.script}
            options={CAPTION_SCRIPTS.map((value) => ({ value, label: strings.captionScripts[value] }))}
            {...{ [CONTROL.requiresCaptionBar]: "", [CONTROL.captionText]: chinese.captionText }}
          />
        ) : null}
        <Group id="speech" label={strings.speechGroup}>
          <p className={NOTE} {...{ [CONTROL.noSpeechNote]: "" }}>
            {strings.speechUnsupported}
          </p>
          <ModeButton pressed={false} {...speech("point")} {...{ [CONTROL.requiresSpeech]: "" }}>
            {strings.pointRead}
          </ModeButton>
          <ModeButton pressed={false} {...speech("continuous")} {...{ [CONTROL.requiresSpeech]: "" }}>
            {strings.continuousRead}
          </ModeButton>
          <ModeButton pressed={false} disabled {...speech("pause")} {...{ [CONTROL.requiresSpeech]: "" }}>
            {strings.pause}
          </ModeButton>
          <ModeButton disabled {...speech("stop")} {...{ [CONTROL.requiresSpeech]: "" }}>
            {strings.stop}
          </ModeButton>
          {/* Filled and shown when the device has no voice for the page's language. */}
          <p id={SPEECH_MESSAGE_ID} className={ALERT_NOTE} hidden {...{ [CONTROL.speechMessage]: "" }} />
        </Group>
        {chinese ? (
          <Choice
            legend={strings.speechLanguageGroup}
            name={SPEECH_LANGUAGE_INPUT_NAME}
            checked={chinese.script === "traditional" ? "cantonese" : "mandarin"}
            options={SPEECH_LANGUAGES.map((value) => ({ value, label: strings.speechLanguages[value] }))}
            {...{ [CONTROL.requiresSpeech]: "" }}
          >
            {/* Filled and shown when the device has a voice for only one of the two: the other radio is then aria-disabled and described by it. */}
            <p id={SPEECH_LANGUAGE_NOTE_ID} className={ALERT_NOTE} hidden {...{ [CONTROL.speechLanguageNote]: "" }} />
          </Choice>
        ) : null}
        <Choice
          legend={strings.rateGroup}
          name={RATE_INPUT_NAME}
          checked="normal"
          options={SPEECH_RATE_NAMES.map((value) => ({ value, label: strings.rates[value] }))}
          {...{ [CONTROL.requiresSpeech]: "" }}
        />
        <Group id="more" label={strings.otherGroup}>
          {togglesIn("other").map((mode) => (
            <ModeButton key={mode} pressed={false} {...toggle(mode)}>
              {strings[mode]}
            </ModeButton>
          ))}
          <ModeButton {...action("reset")}>{strings.reset}</ModeButton>
          <a href={helpHref} className={TOOLBAR_LINK}>
            {strings.help}
          </a>
          <a href={statementHref} className={TOOLBAR_LINK}>
            {strings.statement}
          </a>
          <ModeButton {...action("close")}>{strings.close}</ModeButton>
        </Group>
      </div>
    </section>
  );
}
