import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BODY_FIELDS, FORMAT_NAME } from "@/editor/client/format";
import { READONLY_WIDGET } from "@/editor/client/widgets";
import { cmsConfig, editorCollections, FIELD_TEXT, FILE_KINDS, fieldsFromSchema, jsonSchemaOf, type CmsField, type FileKind } from "@/editor/collections";
import { FIELD_HINTS, sectionSchema } from "@/editor/schemas";

interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  pattern?: string;
}

/** Every field of a schema, by dotted path (`projects.related.anchor`), with whether it is required. */
function schemaFields(node: SchemaNode, prefix = "", out = new Map<string, { node: SchemaNode; required: boolean }>()) {
  const required = new Set(node.required ?? []);
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const at = prefix ? `${prefix}.${name}` : name;
    out.set(at, { node: child, required: required.has(name) });
    const inner = child.type === "array" ? child.items : child.type === "object" ? child : undefined;
    if (inner?.properties) schemaFields(inner, at, out);
  }
  return out;
}

/** Every widget of a form, by the same dotted path; a read-only widget stands for its whole value. */
function formWidgets(fields: CmsField[], prefix = "", out = new Map<string, CmsField>()) {
  for (const field of fields) {
    const at = prefix ? `${prefix}.${field.name}` : field.name;
    out.set(at, field);
    if (field.fields) formWidgets(field.fields, at, out);
  }
  return out;
}

/** Each form of the editor: its language, the kind of file, its fields. */
function forms() {
  return editorCollections().flatMap((collection) => {
    const translation = collection.name.startsWith("en-");
    if ("folder" in collection)
      return [{ name: collection.name, translation, kind: "section" as FileKind, fields: collection.fields as CmsField[], path: String(collection.folder) }];
    return (collection.files as { name: string; file: string; fields: CmsField[] }[]).map((file) => ({
      name: file.name,
      translation,
      kind: file.name.replace(/^.*-/, "") as FileKind,
      fields: file.fields,
      path: file.file,
    }));
  });
}

const BODY = new Set(["intro", "parts", "parts.heading", "parts.anchor", "parts.text"]);

describe("the editor's forms, generated from the content schemas", () => {
  it("has a form for the sections, the home page and the projects, in the original and the translation", () => {
    expect(forms().map((form) => form.name)).toEqual(["zh-CN-sections", "zh-CN-overview", "zh-CN-projects", "en-sections", "en-overview", "en-projects"]);
    for (const form of forms()) expect(fs.existsSync(form.path), form.path).toBe(true);
  });

  it("gives every schema field exactly one widget, and every widget a schema field", () => {
    for (const form of forms()) {
      const schema = schemaFields(jsonSchemaOf(FILE_KINDS[form.kind].schema));
      const widgets = formWidgets(form.fields);
      const readonly = [...widgets].filter(([, field]) => field.widget === READONLY_WIDGET).map(([at]) => at);
      // A read-only widget shows a whole value: the fields inside it have no widget of their own.
      const shown = [...schema.keys()].filter((at) => !readonly.some((r) => at.startsWith(`${r}.`)));
      const own = [...widgets.keys()].filter((at) => !BODY.has(at));
      expect(own.sort(), form.name).toEqual(shown.sort());
    }
  });

  it("asks for what the schema requires and checks what it constrains", () => {
    for (const form of forms()) {
      const widgets = formWidgets(form.fields);
      for (const [at, { node, required }] of schemaFields(jsonSchemaOf(FILE_KINDS[form.kind].schema))) {
        const widget = widgets.get(at);
        if (!widget || widget.widget === READONLY_WIDGET) continue;
        expect(widget.required, `${form.name} ${at}`).toBe(required);
        const expected = { string: ["string", "text"], integer: ["number"], number: ["number"], array: ["list"], object: ["object"] }[node.type ?? ""];
        expect(expected, `${form.name} ${at}`).toContain(widget.widget);
        if (node.type === "integer") expect(widget.value_type).toBe("int");
        if (node.type === "number") expect(widget.value_type).toBe("float");
        if (node.pattern) expect(widget.pattern?.[0]).toBe(node.pattern);
      }
    }
  });

  it("shows the body as an introduction and headings with anchors where the page shows the body", () => {
    for (const form of forms()) {
      const names = form.fields.map((field) => field.name);
      if (FILE_KINDS[form.kind].body) expect(names.slice(-2), form.name).toEqual([...BODY_FIELDS]);
      else
        expect(
          names.some((name) => (BODY_FIELDS as readonly string[]).includes(name)),
          form.name,
        ).toBe(false);
    }
    for (const kind of Object.keys(FILE_KINDS) as FileKind[]) {
      const fields = Object.keys((jsonSchemaOf(FILE_KINDS[kind].schema) as SchemaNode).properties ?? {});
      expect(fields.filter((name) => (BODY_FIELDS as readonly string[]).includes(name))).toEqual([]);
    }
  });

  it("lets the translation change words only: order, slug, date, anchors, project numbers and related paragraphs are read-only", () => {
    const readonly = Object.fromEntries(
      forms().map((form) => [form.name, [...formWidgets(form.fields)].filter(([, field]) => field.widget === READONLY_WIDGET).map(([at]) => at)]),
    );
    expect(readonly).toEqual({
      "zh-CN-sections": [],
      "zh-CN-overview": [],
      "zh-CN-projects": [],
      "en-sections": ["order", "slug", "parts.anchor"],
      "en-overview": ["published", "parts.anchor"],
      "en-projects": ["projects.number", "projects.related"],
    });
    // Nor can it add, remove or reorder the headings and projects of the original.
    const lists = forms()
      .filter((form) => form.translation)
      .flatMap((form) =>
        [...formWidgets(form.fields)].filter(([at, field]) => field.widget === "list" && ["parts", "projects"].includes(at)).map(([, field]) => field),
      );
    expect(lists.length).toBe(3);
    for (const list of lists) expect(list).toMatchObject({ allow_add: false, allow_remove: false, allow_reorder: false });
  });

  it("labels every field in Chinese", () => {
    const names = new Set<string>();
    for (const kind of Object.keys(FILE_KINDS) as FileKind[]) {
      for (const at of schemaFields(jsonSchemaOf(FILE_KINDS[kind].schema)).keys()) names.add(at.split(".").pop() ?? at);
    }
    for (const name of names) expect(FIELD_TEXT[name]?.label, name).toMatch(/\p{Script=Han}/u);
    // Where the check says what a value must look like, the form says the same words.
    for (const [name, hint] of Object.entries(FIELD_HINTS)) expect(FIELD_TEXT[name]?.hint, name).toContain(hint.zh);
  });

  it("follows a schema change: a new field gets its widget without anyone writing one", () => {
    const fields = fieldsFromSchema(sectionSchema.extend({ summary: z.string().min(1).optional(), weight: z.number().int().positive() }));
    expect(fields.map((field) => [field.name, field.widget, field.required])).toEqual([
      ["order", "number", true],
      ["slug", "string", true],
      ["title", "string", true],
      ["description", "text", false],
      ["summary", "string", false],
      ["weight", "number", true],
    ]);
    expect(() => fieldsFromSchema(sectionSchema.extend({ tags: z.array(z.string()) }))).toThrow(/no widget for the list tags/);
  });

  it("is configured in code, in Chinese, with the project's own file format and the local backend on 127.0.0.1", () => {
    const config = cmsConfig({ apiUrl: "http://127.0.0.1:8081/api/v1" });
    expect(config).toMatchObject({ load_config_file: false, locale: "zh_Hans", backend: { name: "proxy", proxy_url: "http://127.0.0.1:8081/api/v1" } });
    for (const collection of config.collections) expect(collection.format).toBe(FORMAT_NAME);
    // 繁體 is generated from the original and not edited.
    expect(JSON.stringify(config)).not.toMatch(/zh-HK/i);
  });
});
