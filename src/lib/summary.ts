// Build messages stay one short line at any size: counts, a few names, and how many more.

/**
 * A count with its noun, one or many.
 * @example count(1, 'page', 'pages') // '1 page'
 */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The first few of a list, then how many more.
 * @example listed(['/fr/a/', '/fr/b/', '/fr/c/', '/fr/d/']) // '/fr/a/, /fr/b/, /fr/c/ and 1 more'
 */
export function listed(items: readonly string[], shown = 3): string {
  const rest = items.length - shown;
  return rest > 0 ? `${items.slice(0, shown).join(', ')} and ${rest} more` : items.join(', ');
}
