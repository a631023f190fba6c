import type { ClsStore } from 'nestjs-cls';

/**
 * Who is acting. Set by authentication; read by services through the CLS store
 * and passed explicitly into domain calls.
 */
export interface ActorContext {
  kind: 'user' | 'api_key' | 'system';
  id: string;
  organizationId?: string;
}

export interface RequestContextStore extends ClsStore {
  correlationId?: string;
  actor?: ActorContext;
}
