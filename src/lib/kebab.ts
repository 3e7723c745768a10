/**
 * Lower-case ASCII words joined by single hyphens: slugs, translation keys, heading and step ids, notice file names.
 * @example KEBAB.test('regles-mot-de-passe') // true
 */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
