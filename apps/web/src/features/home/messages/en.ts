/** The home messages in English: the source every other language translates (ICU MessageFormat; keys start with `home.`). */
export const en = {
  'home.loading': 'Opening your start page',
};
