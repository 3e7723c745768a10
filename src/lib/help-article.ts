/** The translationKey of the "get help / contact us" article that the footer links to on every page. */
export const HELP_ARTICLE_KEY = 'get-help';
