/**
 * The little of Decap CMS's browser API the editor uses. decap-cms.js (served from
 * node_modules by editor/server.ts) puts CMS, and React's createElement as h, on window.
 */
export type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** An Immutable.js value as Decap hands it to widgets and previews. */
export interface ImmutableLike {
  toJS(): unknown;
  getIn(path: unknown[]): unknown;
}

export interface WidgetProps {
  value: unknown;
  forID: string;
  classNameWrapper: string;
  field: ImmutableLike;
}

export interface PreviewProps {
  entry: ImmutableLike;
}

export interface DecapCms {
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>, sortedKeys?: string[]): string },
  ): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  init(options: { config: unknown }): void;
}

interface DecapWindow {
  CMS: DecapCms;
  h: CreateElement;
}

export function decap(): DecapWindow {
  return window as unknown as DecapWindow;
}

/** A plain value from what Decap hands over (Immutable.js or already plain). */
export function plain(value: unknown): unknown {
  return value && typeof value === "object" && "toJS" in value && typeof value.toJS === "function" ? (value as ImmutableLike).toJS() : value;
}
