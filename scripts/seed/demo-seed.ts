import type { INestApplication } from '@nestjs/common';
import { Db, MemberRole, OrganizationKind, type UserActor } from '@attesta/core';
import { InvitationsService, OrganizationsService } from '@attesta/identity';

export interface SeedResult {
  created: boolean;
  logins: string[];
}

/** The demo password of every seeded account (a demo, not a secret). */
export const DEMO_PASSWORD = 'Attesta-Demo-2026!';

interface DemoOrg {
  key: 'manufacturer' | 'vendor' | 'assessor' | 'procurer';
  name: string;
  kind: OrganizationKind;
  owner: { email: string; name: string };
  members?: { email: string; name: string; role: MemberRole }[];
  accreditation?: { accreditationBody: string; accreditationNumber: string; accreditationScope: string };
}

export const DEMO_ORGS: DemoOrg[] = [
  {
    key: 'manufacturer',
    name: 'Hanoi Precision Machines JSC',
    kind: OrganizationKind.Manufacturer,
    owner: { email: 'lan@hpm.demo', name: 'Lan Nguyen' },
    members: [{ email: 'quang@hpm.demo', name: 'Quang Le', role: MemberRole.Member }],
  },
  { key: 'vendor', name: 'CloudOps Analytics Pte Ltd', kind: OrganizationKind.ServiceVendor, owner: { email: 'wei@cloudops.demo', name: 'Wei Tan' } },
  {
    key: 'assessor',
    name: 'ASEAN Digital Conformity Services',
    kind: OrganizationKind.Assessor,
    owner: { email: 'somchai@adcs.demo', name: 'Somchai Prasert' },
    members: [{ email: 'mai@adcs.demo', name: 'Mai Pham', role: MemberRole.Member }],
    accreditation: {
      accreditationBody: 'BoA — Bureau of Accreditation (Viet Nam)',
      accreditationNumber: 'VICAS 210',
      accreditationScope: 'ISO/IEC 17065 certification of digital and remote services for industrial equipment',
    },
  },
  { key: 'procurer', name: 'Thai Industrial Estate Procurement Office', kind: OrganizationKind.Procurer, owner: { email: 'anong@tiepo.demo', name: 'Anong Chaiyaporn' } },
];

/** Seeds the demo tenant set once; a database that already has organizations is left alone. */
export async function seedDemoIfEmpty(app: INestApplication): Promise<SeedResult> {
  const db = app.get(Db);
  // Counting across tenants is an operator's question: ask through the owner-side look-up.
  const [{ exists }] = await db.raw.query(`SELECT EXISTS (SELECT 1 FROM auth_user_by_email($1)) AS exists`, [DEMO_ORGS[0]!.owner.email]);
  const logins = DEMO_ORGS.flatMap((o) => [o.owner, ...(o.members ?? [])].map((u) => `${o.kind.padEnd(15)} ${u.email.padEnd(20)} ${DEMO_PASSWORD}   (${o.name})`));
  if (exists) return { created: false, logins };

  const organizations = app.get(OrganizationsService);
  const invitations = app.get(InvitationsService);
  for (const o of DEMO_ORGS) {
    const { organization, session } = await organizations.signup({
      organization: { name: o.name, kind: o.kind, ...o.accreditation },
      user: { email: o.owner.email, name: o.owner.name, password: DEMO_PASSWORD },
    });
    const owner: UserActor = { kind: 'user', userId: session.userId, organizationId: organization.id, organizationKind: o.kind, role: MemberRole.Owner };
    for (const m of o.members ?? []) {
      const invite = await invitations.create(owner, { email: m.email, role: m.role });
      await invitations.accept({ token: invite.token, name: m.name, password: DEMO_PASSWORD });
    }
  }
  return { created: true, logins };
}
