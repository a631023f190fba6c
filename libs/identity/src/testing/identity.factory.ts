import { OrganizationKind } from '@attesta/core';
import { randomBytes } from 'node:crypto';

/** A password that satisfies the policy (long, random words). */
export function strongPassword(): string {
  return `Tide-${randomBytes(4).toString('hex')}-Lantern-${randomBytes(3).toString('hex')}`;
}

export function uniqueEmail(label = 'user'): string {
  return `${label}.${randomBytes(5).toString('hex')}@example.test`;
}

export function signupBody(kind: OrganizationKind, label = kind as string) {
  return {
    organization: {
      name: `${label} ${randomBytes(3).toString('hex')}`,
      kind,
      ...(kind === OrganizationKind.Assessor
        ? { accreditationBody: 'Test Accreditation Body', accreditationNumber: `TAB-${randomBytes(2).toString('hex')}`, accreditationScope: 'Digital services' }
        : {}),
    },
    user: { email: uniqueEmail(label), name: `${label} owner`, password: strongPassword() },
  };
}
