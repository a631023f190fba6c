import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { hash, verify, argon2id } from 'argon2';
import { IdentityError, IdentityErrorCode } from './identity.errors.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_SCORE = 3;

/** The stated policy, also shown in the API docs. */
export const PASSWORD_POLICY =
  `${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters and hard to guess ` +
  `(zxcvbn score ≥ ${PASSWORD_MIN_SCORE} of 4; common passwords, keyboard patterns and your own name or e-mail are refused).`;

let strength: Promise<ZxcvbnFactory> | undefined;

/** The estimator and its dictionaries (a few MB) load on the first password checked, not at start-up. */
function estimator(): Promise<ZxcvbnFactory> {
  strength ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([{ ZxcvbnFactory }, common]) => new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }),
  );
  return strength;
}

/** Throws a field error naming what is wrong with the password. */
export async function assertPasswordAcceptable(password: string, field: string, userInputs: string[] = []): Promise<void> {
  const fail = (message: string) => {
    throw new IdentityError(IdentityErrorCode.WeakPassword, `The password does not meet the policy: ${message}`, {
      errors: [{ field, message }],
    });
  };
  if (password.length < PASSWORD_MIN_LENGTH) fail(`must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password.length > PASSWORD_MAX_LENGTH) fail(`must be at most ${PASSWORD_MAX_LENGTH} characters`);
  const inputs = userInputs.flatMap((s) => [s, ...s.toLowerCase().split(/[^a-z0-9]+/)]).filter((s) => s.length >= 3);
  const result = (await estimator()).check(password, inputs);
  if (result.score < PASSWORD_MIN_SCORE) {
    const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
    fail(`is too easy to guess${hint ? ` (${hint})` : ''}`);
  }
}

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { type: argon2id });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A valid hash of a random password: verified against when an e-mail is unknown, so timing tells
 * nothing. Hashed in the background from start-up (argon2 runs off the main thread), not awaited there.
 */
export const DUMMY_PASSWORD_HASH: Promise<string> = hashPassword(`dummy-${Math.random()}`);
