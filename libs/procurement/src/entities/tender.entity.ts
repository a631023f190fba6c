import type { CompetenceRule } from '@attesta/personnel';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type MinimumOutcome = 'conformant' | 'conformant_with_conditions';

export interface TenderFrameworkRequirement {
  frameworkId: string;
  /** Human label for reports, e.g. `attesta-dser@1.0`. */
  frameworkCode: string;
  minimumOutcome: MinimumOutcome;
  /** Also met by a recognised equivalent in this market (ISO 3166-1 alpha-2): libs/recognition rules and approved mappings. */
  recognisedIn?: string | null;
}

/** OCDS `contractPeriod`: relied-on attestations must be valid throughout (ISO dates). */
export interface ContractPeriod {
  startDate: string;
  endDate: string;
}

/** A procurer's call for bids, identified by an OCDS `ocid`. */
@ForeignKey('organizations', ['organizationId'] as const, ['id'], { name: 'fk_tenders_organization', onDelete: 'RESTRICT' })
@Entity('tenders')
@Index('uq_tenders_ocid', ['ocid'], { unique: true })
@Index('ix_tenders_org', ['organizationId', 'id'])
export class TenderEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** The procurer. */
  @Column('uuid')
  organizationId: string;

  /** OCDS open contracting id: `ocds-<prefix>-<local id>`. */
  @Column('text')
  ocid: string;

  @Column('text')
  title: string;

  @Column('text')
  buyer: string;

  @Column('timestamptz')
  deadline: Date;

  @Column('jsonb')
  requirements: TenderFrameworkRequirement[];

  /** ISO 3166-1 alpha-2 markets every relied-on attestation must cover. */
  @Column('text', { array: true })
  markets: string[];

  /** Oldest frozen evidence (days since its effective date) a relied-on attestation may rest on. */
  @Column('integer', { nullable: true })
  maxEvidenceAgeDays: number | null;

  /** When set, relied-on attestations must be valid for the whole contract period. */
  @Column('jsonb', { nullable: true })
  contractPeriod: ContractPeriod | null;

  /** Only attestations of accredited assessors count. */
  @Column('boolean', { default: false })
  accreditedIssuersOnly: boolean;

  /** When not empty, only these issuer organizations count. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  allowedIssuerIds: string[];

  /** Personnel competence rules (libs/personnel): at least N active certified people per scope and market. */
  @Column('jsonb', { default: () => "'[]'" })
  competenceRules: CompetenceRule[];

  @Column('timestamptz')
  createdAt: Date;
}
