// Reading the interface dictionary as plain text, for tests that look for untranslated strings.

/** Every string a dictionary holds; functions are called with placeholders "{0}", "{1}"… */
export function allStrings(dictionary: object): string[] {
  return Object.values(dictionary).flatMap((value): string[] => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function')
      return [String(value(...Array.from({ length: value.length }, (_, i) => `{${i}}`)))];
    if (value && typeof value === 'object') return allStrings(value);
    return [];
  });
}
