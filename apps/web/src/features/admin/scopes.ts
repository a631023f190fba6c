/**
 * The scopes an API key may carry, with what each grants. The API publishes no list of
 * them (the OpenAPI document types `scopes` as free strings); this mirrors
 * `API_KEY_SCOPES` in libs/access, and scopes.test.tsx fails when the two drift apart.
 */
export const API_KEY_SCOPES: { scope: string; description: string }[] = [
  { scope: 'organization:read', description: 'Read the organization profile' },
  { scope: 'members:read', description: 'List members' },
  { scope: 'audit:read', description: 'Read and verify audit streams' },
  { scope: 'offerings:read', description: 'Read offerings and their components' },
  { scope: 'offerings:write', description: 'Create and change offerings (manufacturers)' },
  { scope: 'workspaces:read', description: 'Read workspaces, participants and applicability' },
  { scope: 'workspaces:write', description: 'Change workspaces and their statement of applicability' },
  { scope: 'evidence:read', description: 'Read evidence metadata, download files your organization may see, read gap analyses' },
  { scope: 'evidence:write', description: 'Upload evidence and link it to requirements' },
  { scope: 'reviews:read', description: 'Read submissions and their manifests, verdicts, findings, comments and decisions your organization may see' },
  { scope: 'reviews:write', description: 'Submit, review, answer findings, comment and decide (the workspace role decides which)' },
  { scope: 'attestations:read', description: 'Read the attestations of workspaces your organization takes part in' },
  { scope: 'attestations:write', description: 'Assessors: issue, suspend, reinstate, withdraw and re-scope attestations' },
  { scope: 'tenders:read', description: 'Read tenders and the bids on your own tenders with their compliance reports' },
  { scope: 'tenders:write', description: 'Publish tenders (procurers)' },
  { scope: 'conformity:read', description: 'Run conformity checks of offerings against frameworks and markets' },
  { scope: 'webhooks:read', description: "Read the organization's webhook endpoints and their delivery log" },
  { scope: 'webhooks:write', description: 'Register, change, delete webhook endpoints, rotate their secrets and replay deliveries' },
  { scope: 'catalog:read', description: 'Read frameworks, requirements and crosswalk mappings; export them' },
  { scope: 'catalog:write', description: "Import and create the organization's own frameworks and crosswalk mappings" },
];
