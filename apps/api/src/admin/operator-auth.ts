import { createHash, timingSafeEqual } from 'node:crypto';

/** The user name operators give with HTTP Basic (any name is accepted; the password is the token). */
export const OPERATOR_USER = 'operator';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time: both sides are hashed to equal length first, so neither length nor prefix leaks. */
function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Whether an `Authorization` header carries the operator credential: `Bearer <OPERATOR_TOKEN>`
 * (scripts) or HTTP Basic with the token as password (browsers). Tenants' access tokens
 * and API keys are different secrets and never match.
 */
export function isOperator(authorization: string | undefined, operatorToken: string): boolean {
  if (!authorization) return false;
  const [scheme, value = ''] = authorization.split(' ', 2);
  switch (scheme?.toLowerCase()) {
    case 'bearer':
      return sameSecret(value.trim(), operatorToken);
    case 'basic': {
      const decoded = Buffer.from(value.trim(), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      return colon >= 0 && sameSecret(decoded.slice(colon + 1), operatorToken);
    }
    default:
      return false;
  }
}
