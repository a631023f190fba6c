import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditEventHash, canonicalOccurredAt, preciseTimestamp, type HashedAuditFields } from './audit-hash.js';

const base: HashedAuditFields = {
  streamType: 'organization',
  streamId: '01a23af8-35c1-72f1-97a4-e14b18f8bd3e',
  seq: 3,
  organizationId: '01a23af8-35c1-72f1-97a4-e14b18f8bd3e',
  actorType: 'user',
  actorId: '01a23af8-376f-7365-9c96-91ce53bcbf4d',
  action: 'thing.done',
  subjectType: 'Thing',
  subjectId: null,
  payload: { i: 3 },
  occurredAt: new Date('2026-11-26T07:27:40.268Z'),
  occurredAtPrecise: '2026-11-26T07:27:40.268000Z',
  hashVersion: 2,
  prevHash: 'ab'.repeat(32),
};

describe('audit event hash', () => {
  it('version 2 hashes the timestamp to the microsecond: one microsecond changes the hash', () => {
    const h = auditEventHash(base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(auditEventHash({ ...base, occurredAtPrecise: '2026-11-26T07:27:40.268001Z' })).not.toBe(h);
  });

  it('version 1 hashes milliseconds, as events were hashed before version 2, and refuses a stored time with sub-millisecond digits', () => {
    const v1 = { ...base, hashVersion: 1 };
    expect(canonicalOccurredAt(v1)).toBe('2026-11-26T07:27:40.268Z');
    expect(auditEventHash(v1)).toMatch(/^[0-9a-f]{64}$/);
    expect(auditEventHash({ ...v1, occurredAtPrecise: '2026-11-26T07:27:40.268001Z' })).toBeNull();
  });

  it('puts the version inside the hashed document: the same event under another version hashes differently', () => {
    const v1 = auditEventHash({ ...base, hashVersion: 1 });
    expect(v1).not.toBeNull();
    expect(v1).not.toBe(auditEventHash(base));
    expect(auditEventHash({ ...base, hashVersion: 3 })).toBeNull();
  });

  it('hashes the canonical form stored chains were written in, spelled out field by field (RFC 8785: keys sorted, no spaces)', () => {
    const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    const common = '"action":"thing.done","actorId":"01a23af8-376f-7365-9c96-91ce53bcbf4d","actorType":"user"';
    const rest =
      '"organizationId":"01a23af8-35c1-72f1-97a4-e14b18f8bd3e","payload":{"i":3},"prevHash":"' +
      'ab'.repeat(32) +
      '","seq":3,"streamId":"01a23af8-35c1-72f1-97a4-e14b18f8bd3e","streamType":"organization","subjectId":null,"subjectType":"Thing"';
    expect(auditEventHash(base)).toBe(sha256(`{${common},"hashVersion":2,"occurredAt":"2026-11-26T07:27:40.268000Z",${rest}}`));
    expect(auditEventHash({ ...base, hashVersion: 1 })).toBe(sha256(`{${common},"occurredAt":"2026-11-26T07:27:40.268Z",${rest}}`));
  });

  it('writes a Date as a microsecond timestamp, which is what PostgreSQL stores of it', () => {
    expect(preciseTimestamp(new Date('2026-11-26T07:27:40.268Z'))).toBe('2026-11-26T07:27:40.268000Z');
    // Without the stored text (an event not read back), the Date is used.
    const { occurredAtPrecise, ...fresh } = base;
    expect(occurredAtPrecise).toBeDefined();
    expect(auditEventHash(fresh)).toBe(auditEventHash(base));
  });
});
