import { describe, expect, it } from "vitest";
import { getResources, getTranslator } from "@/lib/i18n";
import { LOCALES } from "@/lib/locales";
import type { UiString, UiStrings } from "@/lib/traditional";
import { resources } from "@/locales/resources";

type Strings = UiStrings;

/** Every string of a namespace as "dotted.key" → value (list items by their index). */
function flatten(strings: Strings | UiString[], prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

/**
 * i18next plural keys (key_one, key_other…) follow each language's plural rules
 * (Intl.PluralRules): Chinese has only "other", English "one" and "other". They count
 * as one key here; the test below checks each language has the forms its rules need.
 */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const withoutPlurals = (keys: Iterable<string>) => [...new Set([...keys].map((key) => key.replace(PLURAL_SUFFIX, "")))].sort();

const placeholders = (value: string) => [...value.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]).sort();
const namespaces = Object.keys(resources["zh-CN"]) as (keyof (typeof resources)["zh-CN"])[];
const reference = (namespace: (typeof namespaces)[number]) => flatten(getResources("zh-CN")[namespace] as Strings);

describe("every language has every UI string", () => {
  it("registers at least the common and language namespaces", () => {
    expect(namespaces).toEqual(expect.arrayContaining(["common", "language"]));
  });

  describe.each(LOCALES.filter((locale) => locale !== "zh-CN"))("%s", (locale) => {
    it.each(namespaces)("has exactly the keys of zh-CN in the namespace %s", (namespace) => {
      const strings = getResources(locale)[namespace] as Strings | undefined;
      expect(strings, `locales/${locale}/${namespace}.json`).toBeDefined();
      expect(withoutPlurals(flatten(strings ?? {}).keys())).toEqual(withoutPlurals(reference(namespace).keys()));
    });

    it.each(namespaces)("has every plural form its language needs in the namespace %s", (namespace) => {
      const keys = [...flatten((getResources(locale)[namespace] as Strings | undefined) ?? {}).keys()];
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const base of new Set(keys.filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, "")))) {
        for (const category of categories) expect(keys, `${namespace}:${base}_${category}`).toContain(`${base}_${category}`);
      }
    });

    it.each(namespaces)("keeps the placeholders of every string in the namespace %s", (namespace) => {
      const strings = flatten((getResources(locale)[namespace] as Strings | undefined) ?? {});
      for (const [key, value] of reference(namespace)) {
        if (PLURAL_SUFFIX.test(key)) continue;
        expect(placeholders(strings.get(key) ?? ""), `${namespace}:${key}`).toEqual(placeholders(value));
      }
    });
  });

  it.each(LOCALES)("leaves no string empty in %s", (locale) => {
    for (const namespace of namespaces) {
      for (const [key, value] of flatten(getResources(locale)[namespace] as Strings)) {
        expect(value.trim(), `${locale} ${namespace}:${key}`).not.toBe("");
      }
    }
  });

  it("writes the English interface in English, with no Chinese character left in it", () => {
    for (const namespace of namespaces) {
      for (const [key, value] of flatten(getResources("en")[namespace] as Strings)) {
        expect(value, `en ${namespace}:${key}`).not.toMatch(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u);
      }
    }
  });
});

describe("繁體中文 UI strings are generated from the Simplified ones", () => {
  it("converts every string to Traditional characters, keeping i18next placeholders", () => {
    const t = getTranslator("zh-HK");
    expect(t("nav.projects")).toBe("十件民生實事");
    expect(getResources("zh-HK").common).toMatchObject({ header: { homeLink: "{{site}}首頁" } });
  });

  it("lets a hand-written string in locales/zh-HK win over the generated one", () => {
    // Generated, 简体中文 would become 簡體中文; the Traditional name of the language is 繁體中文.
    expect(getTranslator("zh-HK", "language")("autonym")).toBe("繁體中文");
    expect(getTranslator("zh-HK", "language")("switcher.label")).toBe("語言");
  });
});
