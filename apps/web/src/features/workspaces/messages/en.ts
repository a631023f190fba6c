/** The workspaces messages in English: the source every other language translates (ICU MessageFormat; keys start with `workspaces.`). */
export const en = {};
