import { MODULE_STRINGS_ATTRIBUTE } from "./names";

/**
 * The strings a module's root carries (components/ModuleStrings.tsx), checked: every key
 * the module names must be there as a string, or the module does not start (and its
 * controls stay away) rather than show a blank or a wrong message.
 */
export function readModuleStrings<Key extends string>(root: Element, keys: readonly Key[]): Record<Key, string> {
  const record = readModuleData(root);
  const strings = {} as Record<Key, string>;
  for (const key of keys) {
    const value = record[key];
    if (typeof value !== "string") throw new Error(`${describe(root)}: the string "${key}" is missing.`);
    strings[key] = value;
  }
  return strings;
}

/** Everything in the root's strings block, unchecked (for strings a module may or may not have, such as plural forms). */
export function readModuleData(root: Element): Record<string, unknown> {
  const block = root.querySelector(`:scope > script[type="application/json"][${MODULE_STRINGS_ATTRIBUTE}]`);
  if (!block) throw new Error(`${describe(root)} carries no strings.`);
  const data: unknown = JSON.parse(block.textContent ?? "");
  if (!data || typeof data !== "object" || Array.isArray(data)) throw new Error(`${describe(root)}: its strings are not an object.`);
  return data as Record<string, unknown>;
}

const describe = (root: Element) => `The module root <${root.localName} data-module="${root.getAttribute("data-module") ?? ""}">`;
