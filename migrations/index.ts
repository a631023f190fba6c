/**
 * Every migration, in order. `npm run migration:generate -- <Name>` appends new ones;
 * a unit test fails if a file in this folder is missing here.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [];
