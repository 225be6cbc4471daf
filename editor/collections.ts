import { z } from "zod";
import { BODY_FIELDS, FORMAT_NAME } from "./client/format";
import { READONLY_WIDGET } from "./client/widgets";
import { FIELD_HINTS, overviewSchema, projectsSchema, sectionSchema } from "./schemas";

/**
 * The browser editor's configuration (Decap CMS), generated from the zod schemas the content
 * check uses, so that the form and the files cannot drift apart: every front-matter field
 * has exactly one widget and every widget one field (tests/unit/editor-collections.test.ts).
 * The body of a file is shown as an introduction and a list of headings with their anchors
 * and text (editor/client/format.ts).
 *
 * The Chinese original is the main collection; the English translation has the same forms
 * with the fields that address or order the text read-only. 繁體 is generated from the
 * original and is not edited here.
 */

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  value_type?: "int" | "float";
  min?: number;
  fields?: CmsField[];
  summary?: string;
  collapsed?: boolean;
  allow_add?: boolean;
  allow_remove?: boolean;
  allow_reorder?: boolean;
}

/**
 * What staff read beside each field: a Chinese label, and a hint where the content check has
 * none of its own (FIELD_HINTS, the words its messages use, comes first). A schema field
 * missing here is shown by its name (and a test fails).
 */
const FIELD_LABELS: Record<string, { label: string; hint?: string; long?: boolean }> = {
  title: { label: "标题" },
  note: { label: "标题旁的说明" },
  source: { label: "信息来源" },
  published: { label: "发布日期" },
  description: { label: "简介", hint: "一两句话，用于搜索引擎和分享", long: true },
  targets: { label: "主要目标一览", hint: "只能列出原文写明的数字：引文从所指段落逐字复制，数值和单位须出现在引文里" },
  label: { label: "名称", hint: "这个数字衡量什么，例如 中医药城新增用地规模" },
  value: { label: "数值" },
  unit: { label: "单位", hint: "引文中紧跟在数字后的字，例如 亩、亿元、%" },
  section: { label: "章节" },
  anchor: { label: "锚点" },
  quote: { label: "引文", hint: "从原文逐字复制，包括标点" },
  order: { label: "顺序" },
  slug: { label: "网址名（slug）" },
  projects: { label: "民生实事" },
  number: { label: "编号" },
  related: { label: "相关段落", hint: "项目在工作安排中对应的章节和标题锚点" },
};

/** Where a value addresses the text, changing it breaks links: the form says so. */
const KEEP = new Set(["slug", "anchor"]);

export const FIELD_TEXT: Record<string, { label: string; hint?: string; long?: boolean }> = Object.fromEntries(
  Object.entries(FIELD_LABELS).map(([name, text]) => {
    const hint = FIELD_HINTS[name]?.zh ?? text.hint;
    return [name, { ...text, ...(hint ? { hint: KEEP.has(name) ? `${hint}。已有的不要改` : hint } : {}) }];
  }),
);

/** A front-matter field in JSON Schema, as zod writes it. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  pattern?: string;
  minItems?: number;
  exclusiveMinimum?: number;
  minimum?: number;
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input" }) as JsonSchema;
}

interface FieldOptions {
  /** Dotted paths (`projects.number`) shown read-only. */
  readonly: ReadonlySet<string>;
  /** Dotted paths of lists whose items may not be added, removed or moved. */
  locked: ReadonlySet<string>;
}

function widgetFor(name: string, path: string, node: JsonSchema, required: boolean, options: FieldOptions): CmsField {
  const text = FIELD_TEXT[name];
  const base = { name, label: text?.label ?? name, ...(text?.hint ? { hint: text.hint } : {}), required };
  if (options.readonly.has(path)) return { ...base, widget: READONLY_WIDGET, required: false };
  switch (node.type) {
    case "string":
      return {
        ...base,
        widget: text?.long ? "text" : "string",
        ...(node.pattern ? { pattern: [node.pattern, `格式不对：${text?.hint ?? node.pattern}`] as [string, string] } : {}),
      };
    case "integer":
    case "number": {
      const min =
        node.minimum ?? (node.exclusiveMinimum === undefined ? undefined : node.type === "integer" ? node.exclusiveMinimum + 1 : node.exclusiveMinimum);
      return { ...base, widget: "number", value_type: node.type === "integer" ? "int" : "float", ...(min === undefined ? {} : { min }) };
    }
    case "array": {
      if (node.items?.type !== "object") throw new Error(`The editor has no widget for the list ${path} of ${node.items?.type}.`);
      const locked = options.locked.has(path);
      return {
        ...base,
        widget: "list",
        ...(node.minItems ? { min: node.minItems } : {}),
        fields: fieldsOf(node.items, path, options),
        collapsed: true,
        summary: summaryOf(node.items),
        ...(locked ? { allow_add: false, allow_remove: false, allow_reorder: false } : {}),
      };
    }
    case "object":
      return { ...base, widget: "object", fields: fieldsOf(node, path, options) };
    default:
      throw new Error(`The editor has no widget for the field ${path} of type ${node.type}.`);
  }
}

/** A list item's one-line summary: its number, label or title, as the item has them. */
function summaryOf(items: JsonSchema): string {
  const names = Object.keys(items.properties ?? {});
  const shown = ["number", "label", "title", "section", "anchor"].filter((name) => names.includes(name)).slice(0, 2);
  return shown.map((name) => `{{fields.${name}}}`).join(" ");
}

function fieldsOf(node: JsonSchema, prefix: string, options: FieldOptions): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) => widgetFor(name, prefix ? `${prefix}.${name}` : name, child, required.has(name), options));
}

/** The form of a file's front matter. */
export function fieldsFromSchema(schema: z.ZodType, options: Partial<FieldOptions> = {}): CmsField[] {
  return fieldsOf(jsonSchemaOf(schema), "", { readonly: options.readonly ?? new Set(), locked: options.locked ?? new Set() });
}

/** The form of a file's body: the text before the first heading, then each heading with its anchor and text. */
export function bodyFields(translation: boolean): CmsField[] {
  const [intro, parts] = BODY_FIELDS;
  return [
    {
      name: intro,
      label: "引言",
      widget: "text",
      required: false,
      hint: "第一个标题之前的段落。段落之间空一行；需要强调时，用两个星号把文字包起来，例如 \\*\\*重点\\*\\*。",
    },
    {
      name: parts,
      label: "正文：标题和段落",
      widget: "list",
      required: false,
      collapsed: false,
      summary: "{{fields.heading}}",
      ...(translation ? { allow_add: false, allow_remove: false, allow_reorder: false } : {}),
      fields: [
        { name: "heading", label: "标题", widget: "string", hint: "网页上的 ## 标题" },
        translation
          ? { name: "anchor", label: FIELD_TEXT.anchor?.label ?? "anchor", widget: READONLY_WIDGET, required: false }
          : {
              name: "anchor",
              label: FIELD_TEXT.anchor?.label ?? "anchor",
              widget: "string",
              hint: FIELD_TEXT.anchor?.hint,
              pattern: ["^[a-z0-9]+(?:-[a-z0-9]+)*$", "锚点只能用小写英文字母、数字和连字符，例如 ten-projects"],
            },
        { name: "text", label: "段落", widget: "text", required: false, hint: "这个标题下的正文。段落之间空一行。" },
      ],
    },
  ];
}

/** Which fields a translation may not change: what addresses or orders the text (lib/content/mirror.ts takes them from the original: `copied`). */
const TRANSLATION_LOCKS = {
  section: { readonly: new Set(["order", "slug"]), locked: new Set<string>() },
  overview: { readonly: new Set(["published"]), locked: new Set<string>() },
  projects: { readonly: new Set(["projects.number", "projects.related"]), locked: new Set(["projects"]) },
};

export type FileKind = keyof typeof TRANSLATION_LOCKS;

/** Each kind of content file: its schema, and whether its body is shown on the site (and so edited). */
export const FILE_KINDS: Record<FileKind, { schema: z.ZodType; body: boolean }> = {
  section: { schema: sectionSchema, body: true },
  overview: { schema: overviewSchema, body: true },
  // The projects page shows the front matter only.
  projects: { schema: projectsSchema, body: false },
};

/** The languages staff edit: the original, and the translation that mirrors it. */
export const EDITED_LANGUAGES = [
  { dir: "zh-CN", label: "简体中文原稿", translation: false },
  { dir: "en", label: "英文译本", translation: true },
] as const;

export function formFields(kind: FileKind, translation: boolean): CmsField[] {
  const { schema, body } = FILE_KINDS[kind];
  const fields = fieldsFromSchema(schema, translation ? TRANSLATION_LOCKS[kind] : {});
  return body ? [...fields, ...bodyFields(translation)] : fields;
}

export interface EditorCollection {
  name: string;
  label: string;
  format: string;
  [key: string]: unknown;
}

/** The collections of the editor: for each language, its sections, and its home page and projects. */
export function editorCollections(): EditorCollection[] {
  return EDITED_LANGUAGES.flatMap(({ dir, label, translation }) => [
    {
      name: `${dir}-sections`,
      label: `${label}：各节工作`,
      label_singular: "新的一节",
      folder: `content/${dir}/sections`,
      extension: "md",
      format: FORMAT_NAME,
      create: !translation,
      delete: false,
      slug: "{{fields.order}}-{{fields.slug}}",
      identifier_field: "title",
      summary: "{{order}}. {{title}}",
      sortable_fields: [{ field: "order", default_sort: true }],
      fields: formFields("section", translation),
    },
    {
      name: `${dir}-pages`,
      label: `${label}：首页与民生实事`,
      format: FORMAT_NAME,
      delete: false,
      files: [
        { name: `${dir}-overview`, label: "首页（引言与主要目标）", file: `content/${dir}/overview.md`, fields: formFields("overview", translation) },
        { name: `${dir}-projects`, label: "民生实事", file: `content/${dir}/projects.md`, fields: formFields("projects", translation) },
      ],
    },
  ]);
}

/** Decap CMS's whole configuration: given in code, never read from a config file. */
export function cmsConfig({ apiUrl }: { apiUrl: string }) {
  return {
    load_config_file: false,
    locale: "zh_Hans",
    backend: { name: "proxy", proxy_url: apiUrl, branch: "main" },
    publish_mode: "simple",
    media_folder: "public/files",
    public_folder: "/files",
    editor: { preview: true },
    collections: editorCollections(),
  };
}
