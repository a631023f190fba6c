import type { CursorPage } from '../components/CursorPager';

/**
 * Reads a whole list page by page, for small lists a screen needs at once (names to
 * resolve, one requirement's or one submission's verdicts). Bounded so a runaway list cannot hang the page.
 */
export async function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<CursorPage<T>>, maxPages = 25): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page = await fetchPage(cursor);
    items.push(...page.data);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return items;
}

/** Reads pages until one item matches (or the list ends). */
export async function findInPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<CursorPage<T>>,
  match: (item: T) => boolean,
  maxPages = 25,
): Promise<T | null> {
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page = await fetchPage(cursor);
    const found = page.data.find(match);
    if (found) return found;
    if (!page.nextCursor) return null;
    cursor = page.nextCursor;
  }
  return null;
}
