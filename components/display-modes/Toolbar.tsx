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
import { CAPTION_SCRIPTS, DEFAULT_TEXT_SCALE, SCHEMES, SPEECH_LANGUAGES, SPEECH_RATE_NAMES, togglesIn, type CaptionScript, type ToggleMode } from "@/lib/display-modes/modes";
import { fill } from "@/lib/i18n/format";
import type { ToolbarStrings } from "@/lib/display-modes/strings";
import { REQUIRES_JS_ATTRIBUTE } from "@/lib/modules/names";
import { SITE_IDS } from "@/lib/site-ids";

const groupLabelId = (group: string) => `${SITE_IDS.toolbar}-${group}`;
const SPEECH_MESSAGE_ID = `${SITE_IDS.toolbar}-speech-message`;
const SPEECH_LANGUAGE_NOTE_ID = `${SITE_IDS.toolbar}-speech-language-note`;

/** A labelled group of controls; its visible label is its accessible name (read once). */
function Group({ id, label, children, ...rest }: { id: string; label: ReactNode; children: ReactNode; [data: `data-${string}`]: string }) {
  return (
    <div role="group" aria-labelledby={groupLabelId(id)} className="modes-group" {...rest}>
      {/* aria-hidden: the text is the group's name already (aria-labelledby still reads it). */}
      <p id={groupLabelId(id)} className="modes-group__label" aria-hidden="true">
        {label}
      </p>
      <div className="modes-group__controls">{children}</div>
    </div>
  );
}

/** A single choice (配色, 语速): native radios in a fieldset, so arrow keys, names and states are the browser's own. */
function Choice({ legend, name, options, checked, children, ...data }: { legend: string; name: string; options: { value: string; label: string }[]; checked: string; children?: ReactNode; [data: `data-${string}`]: string }) {
  return (
    <fieldset className="modes-group" {...data}>
      <legend className="modes-group__label">{legend}</legend>
      <div className="modes-group__controls">
        {options.map((option) => (
          <label key={option.value} className="modes-button modes-choice">
            <input type="radio" name={name} value={option.value} defaultChecked={option.value === checked} className="modes-choice__input" />
            {option.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

function ModeButton({ children, pressed, disabled, ...data }: { children: ReactNode; pressed?: boolean; disabled?: boolean; [data: `data-${string}`]: string }) {
  return (
    <button type="button" className="modes-button" aria-pressed={pressed} aria-disabled={disabled || undefined} {...data}>
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
      className="modes-toolbar"
      aria-labelledby={SITE_IDS.toolbarTitle}
      {...{ [CONTROL.toolbar]: "", [REQUIRES_JS_ATTRIBUTE]: "" }}
    >
      <div className="site-container modes-toolbar__inner">
        <p id={SITE_IDS.toolbarTitle} className="modes-toolbar__title" aria-hidden="true">
          {strings.title}
        </p>
        <Choice
          legend={strings.schemeGroup}
          name={SCHEME_INPUT_NAME}
          checked="default"
          options={SCHEMES.map((value) => ({ value, label: strings.schemes[value] }))}
        >
          <p className="modes-note modes-note--forced-colors">{strings.forcedColors}</p>
        </Choice>
        <Group
          id="text"
          label={
            <>
              {strings.textGroup} <span className="modes-group__value" {...{ [CONTROL.textSize]: "" }}>{fill(strings.textSize, { value: DEFAULT_TEXT_SCALE })}</span>
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
          <p className="modes-note" {...{ [CONTROL.noSpeechNote]: "" }}>
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
          <p id={SPEECH_MESSAGE_ID} className="modes-note modes-note--alert" hidden {...{ [CONTROL.speechMessage]: "" }} />
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
            <p id={SPEECH_LANGUAGE_NOTE_ID} className="modes-note modes-note--alert" hidden {...{ [CONTROL.speechLanguageNote]: "" }} />
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
          <a href={helpHref} className="modes-link">
            {strings.help}
          </a>
          <a href={statementHref} className="modes-link">
            {strings.statement}
          </a>
          <ModeButton {...action("close")}>{strings.close}</ModeButton>
        </Group>
      </div>
    </section>
  );
}
