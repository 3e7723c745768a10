/**
 * A date as YYYY-MM-DD, the form editors write in frontmatter (UTC: a YAML date is midnight UTC).
 * @example isoDay(new Date('2025-10-27T00:00:00Z')) // '2025-10-27'
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
