import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findShipped } from './shipped-files.js';

describe('findShipped', () => {
  const root = mkdtempSync(join(tmpdir(), 'attesta-shipped-'));
  mkdirSync(join(root, 'libs', 'x', 'data'), { recursive: true });
  writeFileSync(join(root, 'libs', 'x', 'data', 'list.json'), '[]');
  mkdirSync(join(root, 'dist', 'bundle'), { recursive: true });
  mkdirSync(join(root, 'dist', 'libs', 'x', 'src'), { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds a shipped file from a bundle, from compiled modules and from a file URL', () => {
    const file = join(root, 'libs', 'x', 'data', 'list.json');
    expect(findShipped(join('libs', 'x', 'data', 'list.json'), join(root, 'dist', 'bundle', 'api.js'))).toBe(file);
    expect(findShipped(join('libs', 'x', 'data', 'list.json'), join(root, 'dist', 'libs', 'x', 'src', 'list.js'))).toBe(file);
    expect(findShipped(join('libs', 'x', 'data', 'list.json'), pathToFileURL(join(root, 'dist', 'bundle', 'api.js')))).toBe(file);
  });

  it('answers null when no folder above holds the path', () => {
    expect(findShipped(join('libs', 'y', 'data'), join(root, 'dist', 'bundle', 'api.js'))).toBeNull();
  });

  it('walks on past a candidate the caller does not accept', () => {
    mkdirSync(join(root, 'dist', 'libs', 'x', 'data'), { recursive: true });
    const accept = (p: string) => p === join(root, 'libs', 'x', 'data');
    expect(findShipped(join('libs', 'x', 'data'), join(root, 'dist', 'bundle', 'api.js'))).toBe(join(root, 'dist', 'libs', 'x', 'data'));
    expect(findShipped(join('libs', 'x', 'data'), join(root, 'dist', 'bundle', 'api.js'), accept)).toBe(join(root, 'libs', 'x', 'data'));
  });
});
