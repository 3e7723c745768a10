/**
 * The ready-to-paste pair of links a support agent sends, French first,
 * each line led by its language's name as the page supplies it.
 * @example bilingualPair({ fr: 'Français : ', en: 'English: ' }, 'https://x/fr/a/#b', 'https://x/en/a/#c')
 * // 'Français : https://x/fr/a/#b\nEnglish: https://x/en/a/#c'
 */
export function bilingualPair(labels: { fr: string; en: string }, frUrl: string, enUrl: string): string {
  return `${labels.fr}${frUrl}\n${labels.en}${enUrl}`;
}
