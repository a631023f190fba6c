import { ADMIN_ROLES, useSession } from './session';

/** The organization the user acts for, its kind and the user's role in it. */
export function useActingOrganization() {
  const { session, me } = useSession();
  const membership = me?.organizations.find((o) => o.organization.id === session?.organizationId);
  const role = session?.role;
  return {
    organization: membership?.organization,
    organizationId: session?.organizationId,
    userId: session?.userId,
    kind: membership?.organization.kind,
    role,
    isAdmin: !!role && ADMIN_ROLES.includes(role),
    isOwner: role === 'owner',
  };
}
