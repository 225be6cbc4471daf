import { describe, expect, it } from "vitest";
import { getResources, getTranslator } from "@/lib/i18n/translate";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import type { UiString, UiStrings } from "@/lib/i18n/traditional";
import { resources } from "@/locales/resources";

type Strings = UiStrings;

/** Every string of a namespace as "dotted.key" → value (list items by their index), in file order. */
function flatten(strings: Strings | UiString[], prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else if (value !== null && typeof value === "object") for (const [k, v] of flatten(value, name)) out.set(k, v);
    // JSON allows numbers, booleans and null too; a UI string is none of them.
    else throw new Error(`${name} is ${JSON.stringify(value)}, not a string`);
  }
  return out;
}

/**
 * i18next plural keys (key_one, key_other…) follow each language's plural rules
 * (Intl.PluralRules): Chinese has only "other", English "one" and "other". They count
 * as one key here; the test below checks each language has the forms its rules need.
 */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseOf = (key: string) => key.replace(PLURAL_SUFFIX, "");
/** The keys with their plural forms counted once, in file order. */
const withoutPlurals = (keys: Iterable<string>) => [...new Set([...keys].map(baseOf))];
/** The keys that have plural forms, without the suffix. */
const pluralBases = (keys: Iterable<string>) => [...keys].filter((key) => PLURAL_SUFFIX.test(key)).map(baseOf);

const placeholders = (value: string) => [...value.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]).sort();
const namespaces = Object.keys(resources["zh-CN"]) as (keyof (typeof resources)["zh-CN"])[];
const reference = (namespace: (typeof namespaces)[number]) => flatten(getResources("zh-CN")[namespace] as Strings);
const stringsOf = (locale: Locale, namespace: (typeof namespaces)[number]) => flatten((getResources(locale)[namespace] as Strings | undefined) ?? {});

describe("every language has every UI string", () => {
  it("registers exactly these namespaces, in every language, so that every one of them is checked here", () => {
    expect(namespaces).toEqual(["common", "features", "language", "modes"]);
    for (const locale of LOCALES) expect(Object.keys(getResources(locale)), locale).toEqual(namespaces);
  });

  describe.each(LOCALES.filter((locale) => locale !== "zh-CN"))("%s", (locale) => {
    it.each(namespaces)("has exactly the keys of zh-CN, in the same order, in the namespace %s", (namespace) => {
      const strings = getResources(locale)[namespace] as Strings | undefined;
      expect(strings, `locales/${locale}/${namespace}.json`).toBeDefined();
      expect(withoutPlurals(flatten(strings ?? {}).keys())).toEqual(withoutPlurals(reference(namespace).keys()));
    });

    it.each(namespaces)("has every plural form its language needs in the namespace %s", (namespace) => {
      const keys = [...stringsOf(locale, namespace).keys()];
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      // A key plural in zh-CN must be plural here too, even if it was written as a plain key.
      for (const base of new Set([...pluralBases(reference(namespace).keys()), ...pluralBases(keys)])) {
        for (const category of categories) expect(keys, `${namespace}:${base}_${category}`).toContain(`${base}_${category}`);
      }
    });

    it.each(namespaces)("keeps the placeholders of every string, plural forms included, in the namespace %s", (namespace) => {
      const original = reference(namespace);
      const strings = [...stringsOf(locale, namespace)];
      for (const [key, value] of original) {
        const base = baseOf(key);
        // Every form (key, key_one, key_other…) has the placeholders of the original's key_other, or of its key.
        const expected = placeholders(original.get(`${base}_other`) ?? value);
        const forms = strings.filter(([form]) => baseOf(form) === base);
        expect(forms, `${namespace}:${key}`).not.toEqual([]);
        for (const [form, text] of forms) expect(placeholders(text), `${namespace}:${form}`).toEqual(expected);
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
        expect(value, `en ${namespace}:${key}`).not.toMatch(/[\p{Script=Han}\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u);
      }
    }
  });
});

describe("繁體中文 UI strings are generated from the Simplified ones", () => {
  it("converts every string to Traditional characters, keeping i18next placeholders", () => {
    const t = getTranslator("zh-HK");
    expect(t("nav.projects", { projects: "十" })).toBe("十件民生實事");
    expect(getResources("zh-HK").features).toMatchObject({ print: { linkNote: "括號中的站內地址前加上 {{base}} 即為完整網址。" } });
  });

  it("lets a hand-written string in locales/zh-HK win over the generated one", () => {
    // Generated, 简体中文 would become 簡體中文; the Traditional name of the language is 繁體中文.
    expect(getTranslator("zh-HK", "language")("autonym")).toBe("繁體中文");
    expect(getTranslator("zh-HK", "language")("switcher.label")).toBe("語言");
  });
});
