import { describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the portal cannot depend on @attesta/access (server code); this test only compares the two lists.
import { API_KEY_SCOPES as SERVER_SCOPES } from '../../../../../libs/access/src/permissions';
import { API_KEY_SCOPES } from './scopes';

describe('API key scopes', () => {
  it('offers exactly the scopes the API accepts, with their descriptions', () => {
    const server = Object.entries(SERVER_SCOPES)
      .map(([scope, s]) => ({ scope, description: s.description }))
      .sort((a, b) => a.scope.localeCompare(b.scope));
    const offered = [...API_KEY_SCOPES].sort((a, b) => a.scope.localeCompare(b.scope));
    expect(offered).toEqual(server);
  });
});
