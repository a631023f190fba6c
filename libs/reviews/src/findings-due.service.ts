import { Injectable } from '@nestjs/common';
import { Db, systemScope } from '@attesta/core';

/** How many days ahead a finding's due date is announced. */
export const FINDING_DUE_SOON_DAYS = 7;

/**
 * The daily scan, run by the worker as the platform: announces each open finding's due
 * date once (`finding.due_soon` to the outbox), a week ahead or at once when already late.
 */
@Injectable()
export class FindingsDueService {
  constructor(private readonly db: Db) {}

  async scan(today = new Date()): Promise<{ dueSoon: number }> {
    const [row] = (await this.db.tx(systemScope('daily scan: findings due soon'), (em) =>
      em.query('SELECT findings_due_scan($1::date, $2::int) AS n', [today.toISOString().slice(0, 10), FINDING_DUE_SOON_DAYS]),
    )) as { n: number }[];
    return { dueSoon: Number(row?.n ?? 0) };
  }
}
