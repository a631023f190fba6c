import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index.js';

describe('migrations/index.ts', () => {
  it('registers every migration file, in timestamp order', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const files = readdirSync(dir).filter((f) => /^\d+-[A-Za-z0-9]+\.ts$/.test(f)).sort();
    const names = MIGRATIONS.map((m) => m.name);
    expect(names).toHaveLength(files.length);
    files.forEach((f, i) => {
      const [ts, name] = f.replace(/\.ts$/, '').split('-');
      expect(names[i]).toBe(`${name}${ts}`);
    });
  });
});
