// The one t(): pages build it over a whole dictionary (src/i18n/index.ts), browser scripts over the few strings
// their component hands them. No dictionary is imported here, so a script that imports this carries only this.

export type Params = Record<string, string | number>;

/** The plural messages of a dictionary: `x` wherever both `x.one` and `x.other` exist. */
export type PluralKey<K extends string, All extends string = K> = K extends `${infer Base}.one` ? (`${Base}.other` extends All ? Base : never) : never;

export interface Translate<K extends string> {
  /** A message, its `{name}` placeholders filled. */
  (key: K, params?: Params): string;
  /** A plural message: `x.one` or `x.other`, as the language's plural rules choose for `count`. */
  (key: PluralKey<K>, params: Params & { count: number }): string;
}

/**
 * The lookup of one language over a dictionary: named `{placeholders}`, and plurals through
 * `Intl.PluralRules` (French counts 0 as singular, English does not).
 * @example translator('fr', { 'n.one': '{count} page', 'n.other': '{count} pages' })('n', { count: 0 }) // '0 page'
 */
export function translator<K extends string>(lang: string, dictionary: Readonly<Record<K, string>>): Translate<K> {
  const plural = new Intl.PluralRules(lang);
  const strings: Readonly<Record<string, string | undefined>> = dictionary;
  return ((key: string, params: Params = {}) => {
    const { count } = params;
    const template = strings[key] ?? (typeof count === 'number' ? strings[`${key}.${plural.select(count) === 'one' ? 'one' : 'other'}`] : undefined);
    if (template === undefined) throw new Error(`No UI string "${key}" (${lang}); a plural message needs a number as its {count}.`);
    // A function replacer: a value holding "$&" stays as typed.
    return template.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`UI string "${key}" (${lang}) needs the parameter {${name}}.`);
      return String(value);
    });
  }) as Translate<K>;
}
