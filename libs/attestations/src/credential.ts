import type { AccreditationClaim } from '@attesta/accreditation';
import type { CompetenceSummary } from '@attesta/personnel';
import type { AttestedObjective } from '@attesta/service-levels';
import type { Locale } from '@attesta/i18n';
import { credentialDescriptionValues, credentialNameValues, frameworkNameValues } from './credential-languages.js';
import type { StatusPurpose } from './status-list.js';

/** One layer of the assessed offering, at the exact version assessed. */
export interface AttestedComponent {
  id: string;
  name: string;
  kind: string;
  version: string;
  serviceCategory: string | null;
  providerOrganizationId: string | null;
  providerName: string | null;
  /** The version range the assessor accepted as compatible (semver); null or absent: exactly `version`. */
  compatibleRange?: string | null;
}

export interface AttestedFramework {
  id: string;
  code: string;
  title: string;
  version: string;
  publisher: string | null;
  /** The language `title` is written in (absent: `en`). */
  sourceLanguage?: string;
  /** The title in other languages, as the framework's owner translated it at the time of issue. */
  titles?: Partial<Record<Locale, string>>;
}

export type DecisionOutcome = 'conformant' | 'conformant_with_conditions' | 'nonconformant';

/**
 * What an attestation states, as read from a decision: the outcome, scope and conditions,
 * validity, the submission (number + manifest digest), the workspace's manufacturer,
 * offering (with the exact component versions), frameworks and markets.
 */
export interface DecisionSnapshot {
  decisionId: string;
  workspaceId: string;
  outcome: DecisionOutcome;
  decidedAt: Date;
  scope: string;
  conditions: string[];
  /** Defaults to the time of issue. */
  validFrom?: Date | null;
  validUntil: Date;
  manufacturer: { id: string; name: string };
  submission: { id: string; number: number; digest: string };
  offering: { id: string; name: string; components: AttestedComponent[] };
  frameworks: AttestedFramework[];
  /** ISO 3166-1 alpha-2, upper case. */
  markets: string[];
  /** Dates of the frozen evidence the decision relied on, in scope (YYYY-MM-DD). */
  evidence?: { effectiveFrom: string | null; validUntil: string | null } | null;
  /** Older attestations of the same issuer and offering with an overlapping scope that this one supersedes. */
  supersedes?: { id: string; serial: string }[];
  /**
   * The issuer's verified accreditation covering this scope (the claim frozen at issue), or
   * null when the attestation is issued as non-accredited. Never built from declared data.
   */
  accreditation?: AccreditationClaim | null;
  /** Service-level objectives the assessor attested in the submission, per component (docs/service-levels.md). */
  serviceLevels?: AttestedObjective[];
  /**
   * Counts of certified people from the roster frozen with the submission (docs/personnel.md);
   * null or absent when no roster was frozen with it. No names, ids or pseudonyms.
   */
  competence?: CompetenceSummary | null;
}

export interface CredentialIssuer {
  did: string;
  organizationId: string;
  name: string;
  /** Only a verified accreditation claim (never what the assessor typed); null = non-accredited. */
  accreditation: AccreditationClaim | null;
}

export interface CredentialInput {
  attestationId: string;
  serial: string;
  /** Public summary URL: the credentialSubject id. */
  publicUrl: string;
  issuer: CredentialIssuer;
  snapshot: DecisionSnapshot;
  validFrom: Date;
  validUntil: Date;
  status: { purpose: StatusPurpose; index: number; listUrl: string }[];
  /** The attestation this one replaces (scope reduction). */
  replaces?: { serial: string; id: string } | null;
}

/** Component kinds attested as the product (UNTP `assessedProduct`); the rest are services. */
export const PRODUCT_KINDS: readonly string[] = ['hardware', 'firmware', 'connectivity'];

/** Arrangements that make an accreditation part of the global MRA (UNTP `assessmentLevel` GlobalMRA). */
const GLOBAL_ARRANGEMENTS: readonly string[] = ['GAC MRA', 'IAF MLA', 'ILAC MRA'];

const CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://test.uncefact.org/vocabulary/untp/dcc/working/'];

const urn = (kind: string, ...parts: string[]) => `urn:attesta:${kind}:${parts.map((p) => encodeURIComponent(p)).join(':')}`;

/** ISO 8601 without milliseconds (as the VC examples and the UNTP pattern use). */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The W3C VC Data Model 2.0 document of an attestation. The credential subject is a UNTP
 * Digital Conformity Credential `ConformityAttestation`: one `ConformityAssessment` per
 * framework (its `referenceStandard`), the hardware layers as `assessedProduct`, and the
 * service layers in the documented extension `assessedService` (docs/attestation-credential.md).
 */
export function buildCredential(input: CredentialInput): Record<string, unknown> {
  const { snapshot: s, issuer } = input;
  const products = s.offering.components.filter((c) => PRODUCT_KINDS.includes(c.kind));
  const services = s.offering.components.filter((c) => !PRODUCT_KINDS.includes(c.kind));
  const assessmentDate = s.decidedAt.toISOString().slice(0, 10);
  const claim = issuer.accreditation;
  // A body that signs the global arrangement (GAC MRA, or a legacy IAF MLA / ILAC MRA mark) gives GlobalMRA.
  const globalMra = Boolean(claim?.arrangements.some((a) => GLOBAL_ARRANGEMENTS.includes(a)));
  const conforms = s.outcome === 'conformant' || s.outcome === 'conformant_with_conditions';

  const assessedProduct = products.map((c) => ({
    type: ['ProductVerification'],
    product: { id: `urn:uuid:${c.id}`, name: c.name, registeredId: c.version, modelVersion: c.version, componentKind: c.kind },
    IDverifiedByCAB: true,
  }));
  const assessedService = services.map((c) => ({
    type: ['ServiceVerification'],
    service: {
      id: `urn:uuid:${c.id}`,
      name: c.name,
      componentKind: c.kind,
      version: c.version,
      ...(c.compatibleRange ? { compatibleRange: c.compatibleRange } : {}),
      ...(c.serviceCategory ? { serviceCategory: c.serviceCategory } : {}),
      ...(c.providerOrganizationId ? { provider: { id: `urn:uuid:${c.providerOrganizationId}`, name: c.providerName ?? '' } } : {}),
    },
    IDverifiedByCAB: true,
    ...serviceLevelsOf(s.serviceLevels, c.id),
  }));
  const declaredValue = attestedMetrics(s.serviceLevels, s.offering.components);

  const credentialSubject: Record<string, unknown> = {
    type: ['ConformityAttestation', 'Attestation'],
    id: input.publicUrl,
    name: `Conformity attestation ${input.serial}: ${s.offering.name}`,
    assessorLevel: '3rdParty',
    assessmentLevel: claim ? (globalMra ? 'GlobalMRA' : 'Accredited') : 'Unspecified',
    attestationType: 'certification',
    description: s.scope,
    issuedToParty: { id: `urn:uuid:${s.manufacturer.id}`, name: s.manufacturer.name },
    ...(claim
      ? {
          authorisation: [
            {
              type: ['Endorsement'],
              id: urn('accreditation', claim.accreditationId),
              name: `Accreditation ${claim.number} by ${claim.bodyName} to ${claim.standard} (${claim.scope.frameworkCodes.join(', ')}; ${claim.scope.markets.join(', ')}), valid ${claim.validFrom} to ${claim.validUntil}`,
              issuingAuthority: { id: urn('accreditation-body', claim.bodyId), name: claim.bodyName },
            },
          ],
        }
      : {}),
    // Extension (docs/attestation-credential.md): the verified accreditation behind the claim, or an explicit "not accredited".
    accredited: Boolean(claim),
    ...(claim
      ? {
          accreditation: {
            id: urn('accreditation', claim.accreditationId),
            number: claim.number,
            standard: claim.standard,
            body: { id: urn('accreditation-body', claim.bodyId), name: claim.bodyName, country: claim.bodyCountry, arrangements: claim.arrangements },
            scope: claim.scope,
            validFrom: claim.validFrom,
            validUntil: claim.validUntil,
            verification: claim.verification,
          },
        }
      : {}),
    auditableEvidence: {
      linkURL: urn('submission', s.submission.id),
      linkName: `Submission #${s.submission.number} manifest`,
      linkType: 'https://test.uncefact.org/vocabulary/linkTypes/dcc',
      hashDigest: s.submission.digest,
      hashMethod: 'SHA-256',
    },
    assessment: s.frameworks.map((f, i) => ({
      type: ['ConformityAssessment', 'Declaration'],
      id: `${input.publicUrl}#assessment-${i + 1}`,
      name: `${f.title} ${f.version}`,
      // Extension (docs/attestation-credential.md): UNTP types `name` as a string, so the framework's name in every language the issuer has sits beside it.
      localizedName: frameworkNameValues(f),
      description: s.scope,
      assessmentDate,
      referenceStandard: {
        type: ['Standard'],
        id: urn('framework', f.code, f.version),
        name: `${f.title} (${f.code} ${f.version})`,
        issuingParty: { id: urn('publisher', f.publisher ?? 'unspecified'), name: f.publisher ?? 'Unspecified' },
      },
      conformityTopic: 'governance.compliance',
      conformance: conforms,
      assessedProduct,
      // Extension (docs/attestation-credential.md): the service layers of the offering.
      assessedService,
      // UNTP Metric values: the attested numeric service-level objectives (docs/service-levels.md).
      ...(declaredValue.length ? { declaredValue } : {}),
    })),
    // Extensions (docs/attestation-credential.md).
    serialNumber: input.serial,
    outcome: s.outcome,
    conditions: s.conditions,
    targetMarkets: s.markets,
    assessedOffering: {
      id: `urn:uuid:${s.offering.id}`,
      name: s.offering.name,
      components: s.offering.components.map((c) => ({
        id: `urn:uuid:${c.id}`,
        name: c.name,
        componentKind: c.kind,
        version: c.version,
        ...(c.compatibleRange ? { compatibleRange: c.compatibleRange } : {}),
      })),
    },
    submission: { id: `urn:uuid:${s.submission.id}`, number: s.submission.number, digest: s.submission.digest, hashMethod: 'SHA-256' },
    decision: { id: `urn:uuid:${s.decisionId}`, decidedAt: isoSeconds(s.decidedAt) },
    ...(input.replaces ? { replaces: { id: `urn:uuid:${input.replaces.id}`, serialNumber: input.replaces.serial } } : {}),
    ...(s.supersedes?.length ? { supersedes: s.supersedes.map((o) => ({ id: `urn:uuid:${o.id}`, serialNumber: o.serial })) } : {}),
    // Extension (docs/attestation-credential.md): counts of certified people in the roster frozen with the submission.
    ...(s.competence ? { competenceSummary: competenceSummaryOf(s.competence) } : {}),
  };

  return {
    '@context': CONTEXTS,
    id: `urn:uuid:${input.attestationId}`,
    type: ['VerifiableCredential', 'DigitalConformityCredential'],
    // VC 2.0 names and descriptions as language value objects: the fixed wording in all six languages, frameworks in those their owner translated.
    name: credentialNameValues(input.serial, s.offering.name),
    description: credentialDescriptionValues(s.outcome, s.offering.name, s.frameworks),
    issuer: { type: ['CredentialIssuer'], id: issuer.did, name: issuer.name },
    validFrom: isoSeconds(input.validFrom),
    validUntil: isoSeconds(input.validUntil),
    credentialStatus: input.status.map((e) => ({
      id: `${e.listUrl}#${e.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: e.purpose,
      statusListIndex: String(e.index),
      statusListCredential: e.listUrl,
    })),
    credentialSubject,
  };
}

/** The competence summary as the credential states it: counts only, listed field by field (nothing else of the read model leaks in). */
function competenceSummaryOf(c: CompetenceSummary): Record<string, unknown> {
  return {
    type: ['CompetenceSummary'],
    frozenAt: c.frozenAt.replace(/\.\d{3}Z$/, 'Z'),
    rosterDigest: c.rosterDigest,
    hashMethod: 'SHA-256',
    people: c.people,
    certifiedPeople: c.certifiedPeople,
    byQualification: c.byQualification.map((q) => ({ scheme: q.scheme, level: q.level, people: q.people })),
    byMarket: c.byMarket.map((m) => ({ market: m.market, people: m.people })),
  };
}

/** The signed status list credential's payload (W3C Bitstring Status List). */
export function buildStatusListCredential(input: {
  url: string;
  issuerDid: string;
  purpose: StatusPurpose;
  encodedList: string;
  validFrom: Date;
}): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: input.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuerDid,
    validFrom: isoSeconds(input.validFrom),
    credentialSubject: { id: `${input.url}#list`, type: 'BitstringStatusList', statusPurpose: input.purpose, encodedList: input.encodedList },
  };
}

/** Extension on an assessed service: its attested service-level objectives (metric, operator, value, unit, period). */
function serviceLevelsOf(levels: AttestedObjective[] | undefined, componentId: string): Record<string, unknown> {
  const mine = (levels ?? []).filter((l) => l.componentId === componentId);
  if (!mine.length) return {};
  return {
    assessedPerformance: mine.map((l) => ({
      metric: `urn:attesta:service-level-metric:${l.metric}`,
      metricName: l.metric,
      operator: l.operator,
      value: l.value,
      ...(l.unit ? { unit: l.unit } : {}),
      period: l.period,
      aggregation: l.aggregation,
      ...(l.validationSet ? { validationSet: l.validationSet } : {}),
    })),
  };
}

/** UNTP `declaredValue` metrics: the numeric attested objectives, named with their component and threshold. */
function attestedMetrics(levels: AttestedObjective[] | undefined, components: AttestedComponent[]): Record<string, unknown>[] {
  return (levels ?? [])
    .filter((l) => typeof l.value === 'number')
    .map((l) => ({
      type: ['Metric'],
      metricName: `${components.find((c) => c.id === l.componentId)?.name ?? l.componentId}: ${l.metric} ${l.operator} (${l.period}, ${l.aggregation})`,
      metricValue: { type: ['Measure'], value: l.value as number, unit: l.unit ?? 'C62' },
    }));
}
