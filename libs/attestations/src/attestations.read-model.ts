/**
 * SQL functions (defined by migrations) over this lib's tables that other libs may call:
 * `attestations_public(ids)`, the facts a public verification shows plus component versions,
 * evidence dates and the accreditation claim (procurement's compliance checks read it).
 */
export const ATTESTATIONS_SQL_READ_MODEL = ['attestations_public'] as const;
