import type { AccreditationClaim } from '../accreditation.types.js';

/** A verified accreditation claim for tests (a DAkkS product-certification accreditation). */
export function sampleAccreditationClaim(overrides: Partial<AccreditationClaim> = {}): AccreditationClaim {
  return {
    accreditationId: '01970000-0000-7000-8000-0000000000ac',
    bodyId: '01970000-0000-7000-8000-0000000000ab',
    bodyName: 'Deutsche Akkreditierungsstelle (DAkkS)',
    bodyCountry: 'DE',
    arrangements: ['GAC MRA', 'IAF MLA', 'ILAC MRA'],
    number: 'D-ZE-12345-01-00',
    standard: 'ISO/IEC 17065',
    scope: { frameworkCodes: ['ISO/IEC 27001'], markets: ['VN', 'TH'], serviceCategories: ['predictive_maintenance'] },
    validFrom: '2025-01-01',
    validUntil: '2030-12-31',
    verification: 'body_confirmed',
    ...overrides,
  };
}
