import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { lsnValue, replicaAsOf } from './read-replica.js';

describe('replicaAsOf', () => {
  const samples = [
    { lsn: lsnValue('0/1000'), at: 1_000 },
    { lsn: lsnValue('0/2000'), at: 2_000 },
    { lsn: lsnValue('0/3000'), at: 3_000 },
  ];

  it('orders LSNs across the 32-bit halves', () => {
    expect(lsnValue('1/0') > lsnValue('0/FFFFFFFF')).toBe(true);
    expect(lsnValue('0/A')).toBe(10n);
  });

  it('is the time of the newest primary sample the replica has applied', () => {
    expect(replicaAsOf(samples, '0/2500', null, 5_000).asOf).toBe(2_000);
    expect(replicaAsOf(samples, '0/3000', null, 5_000).asOf).toBe(3_000);
    // Keeps what the replica has not reached yet, and the newest sample.
    expect(replicaAsOf(samples, '0/2500', null, 5_000).samples.map((s) => s.at)).toEqual([2_000, 3_000]);
  });

  it('stays unknown while the replica is behind every sample, and never goes back', () => {
    expect(replicaAsOf(samples, '0/500', null, 5_000).asOf).toBeNull();
    expect(replicaAsOf(samples, '0/1500', 2_500, 5_000).asOf).toBe(2_500);
  });

  it('counts a copy that is neither a standby nor a subscriber as current', () => {
    expect(replicaAsOf(samples, null, 1_000, 5_000).asOf).toBe(5_000);
  });
});

describe('DATABASE_READ_URL settings', () => {
  const base = { DATABASE_URL: 'postgres://u:p@primary:5432/attesta' };

  it('are optional, with a pool and a lag bound', () => {
    const c = loadConfig(base);
    expect(c.DATABASE_READ_URL).toBeUndefined();
    expect(c.DATABASE_READ_POOL_SIZE).toBe(5);
    expect(c.DATABASE_READ_MAX_LAG_MS).toBe(5000);
    expect(c.SHUTDOWN_READINESS_DELAY_MS).toBe(5000);
    expect(loadConfig({ ...base, DATABASE_READ_URL: 'postgresql://u:p@replica:5432/attesta' }).DATABASE_READ_URL).toBe('postgresql://u:p@replica:5432/attesta');
  });

  it('refuse a URL that is not PostgreSQL and a lag below 100 ms, naming the variable', () => {
    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
  });
});
