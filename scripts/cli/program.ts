import type { INestApplicationContext } from '@nestjs/common';
import { DomainError, type AppConfig } from '@attesta/core';
import { Command, CommanderError, Option } from 'commander';
import { createCliContext } from './cli.module.js';
import {
  accreditationConfirm,
  accreditationsList,
  accreditationStatus,
  createOrganization,
  redriveOutbox,
  rotateSigningKeyEncryption,
  trustListAdd,
  trustListLink,
  trustListList,
  trustListSeed,
  trustListUpdate,
  UsageError,
  verifyAudit,
  type TrustListBodyOptions,
} from './commands.js';

export interface CliIo {
  /** Loaded only when a command needs the application (so --help works without settings). */
  config: () => AppConfig;
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * The operator CLI. Each command prints one JSON document on stdout and exits 0; 1 when
 * the command ran and found a problem (a broken audit chain); 2 for bad usage or input.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const withApp = async (work: (app: INestApplicationContext) => Promise<unknown>) => {
    const app = await createCliContext(io.config());
    try {
      const result = await work(app);
      io.out(`${JSON.stringify(result, null, 2)}\n`);
      return result;
    } finally {
      await app.close();
    }
  };

  const program = new Command('attesta')
    .description('Attesta operator commands. Settings come from the environment, as for the API (DATABASE_URL, REDIS_URL, ...).')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('create-organization')
    .description(
      'Create an organization with its first owner (as a signup does); prints the ids and, unless --password is given, a generated initial password once.',
    )
    .addOption(
      new Option('--kind <kind>', 'organization kind')
        .choices(['manufacturer', 'service_vendor', 'assessor', 'procurer', 'accreditation_body'])
        .makeOptionMandatory(),
    )
    .requiredOption('--name <name>', 'organization name')
    .requiredOption('--owner-email <email>', "the owner's e-mail (their sign-in)")
    .requiredOption('--owner-name <name>', "the owner's name")
    .option('--password <password>', "the owner's password (default: generate one and print it)")
    .option(
      '--accreditation-body <body>',
      'assessors: declared accreditation body (free text, not verified; verified accreditations are records: see `accreditations`)',
    )
    .option('--accreditation-number <number>', 'assessors: accreditation number')
    .option('--accreditation-scope <scope>', 'assessors: accreditation scope')
    .action(
      async (o: {
        kind: string;
        name: string;
        ownerEmail: string;
        ownerName: string;
        password?: string;
        accreditationBody?: string;
        accreditationNumber?: string;
        accreditationScope?: string;
      }) => {
        await withApp((app) => createOrganization(app, o));
      },
    );

  program
    .command('verify-audit')
    .description("Recompute an organization's audit hash chain (or one workspace's with --workspace); exit 1 when it is broken.")
    .requiredOption('--organization <id>', 'organization id')
    .option('--workspace <id>', 'verify this workspace stream (the organization must take part in it)')
    .action(async (o: { organization: string; workspace?: string }) => {
      const result = await withApp((app) => verifyAudit(app, { organizationId: o.organization, workspaceId: o.workspace }));
      if (!(result as { valid: boolean }).valid) exitCode = 1;
    });

  program
    .command('redrive-outbox')
    .description('Relay every pending outbox event to the queue now; prints how many.')
    .action(async () => {
      await withApp((app) => redriveOutbox(app));
    });

  program
    .command('rotate-signing-key-encryption')
    .description(
      "Re-wrap the organizations' signing keys under the current key-encryption key (SIGNING_KEY_ENCRYPTION_KEY), reading them with SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS; one transaction.",
    )
    .action(async () => {
      await withApp((app) => rotateSigningKeyEncryption(app));
    });

  const collect = (value: string, previous: string[] = []) => [...previous, value];
  const bodyOptions = (c: Command) =>
    c
      .option('--name <name>', "the body's name")
      .option('--country <alpha2>', 'ISO 3166-1 alpha-2')
      .option('--arrangement <arrangement>', 'an arrangement it signs (repeat): GAC MRA, IAF MLA, ILAC MRA, APAC MRA, ASEAN MRA EE, ...', collect)
      .option('--did <did>', 'a DID the body issues credentials as (repeat)', collect)
      .option('--identifier <scheme=value>', 'an identifier, e.g. website=https://... (repeat)', collect)
      .option('--keys <jwks>', 'public keys: a JWK, a JSON array of JWKs or a JWKS, inline or a file path');

  const trustList = program.command('trust-list').description('The trust list of accreditation bodies (platform operator).');
  trustList
    .command('list')
    .description('Every body on the trust list (delisted ones too).')
    .action(async () => {
      await withApp((app) => trustListList(app));
    });
  bodyOptions(trustList.command('add').description('Put a body on the trust list.').requiredOption('--code <code>', 'stable short code, e.g. boa-vn')).action(
    async (o: TrustListBodyOptions) => {
      await withApp((app) => trustListAdd(app, o));
    },
  );
  bodyOptions(
    trustList
      .command('update')
      .description('Change a body (keys, DIDs, arrangements ...); --delist / --relist.')
      .requiredOption('--body <id>', 'trust-list entry id'),
  )
    .option('--delist', 'take it off the list: its accreditations stop counting')
    .option('--relist', 'put it back on the list')
    .action(async (o: TrustListBodyOptions & { body: string; delist?: boolean; relist?: boolean }) => {
      await withApp((app) => trustListUpdate(app, o.body, { ...o, listed: o.delist ? false : o.relist ? true : undefined }));
    });
  trustList
    .command('link')
    .description('Link a body to its organization (kind accreditation_body), which may then confirm and change accreditations naming it.')
    .requiredOption('--body <id>', 'trust-list entry id')
    .requiredOption('--organization <id>', 'organization id')
    .action(async (o: { body: string; organization: string }) => {
      await withApp((app) => trustListLink(app, o.body, o.organization));
    });
  trustList
    .command('seed')
    .description('Add the bodies of a trust-list file that are not listed yet (default: the illustrative list in libs/accreditation/data).')
    .option('--file <path>', 'a trust-list JSON file')
    .action(async (o: { file?: string }) => {
      await withApp((app) => trustListSeed(app, o.file));
    });

  const accreditations = program.command('accreditations').description("Assessors' accreditation records (platform operator).");
  accreditations
    .command('list')
    .description('Accreditation records, optionally of one organization or one body.')
    .option('--organization <id>', 'organization id')
    .option('--body <id>', 'trust-list entry id')
    .action(async (o: { organization?: string; body?: string }) => {
      await withApp((app) => accreditationsList(app, o));
    });
  accreditations
    .command('confirm')
    .description('Verify an accreditation as the operator, naming the evidence it rests on.')
    .requiredOption('--accreditation <id>', 'accreditation id')
    .requiredOption('--evidence <text>', "what the confirmation rests on (e.g. the body's register entry and when it was checked)")
    .action(async (o: { accreditation: string; evidence: string }) => {
      await withApp((app) => accreditationConfirm(app, o.accreditation, o.evidence));
    });
  accreditations
    .command('status')
    .description('Suspend, withdraw or reinstate an accreditation (announced as accreditation.status_changed).')
    .requiredOption('--accreditation <id>', 'accreditation id')
    .addOption(new Option('--action <action>', 'what to do').choices(['suspend', 'withdraw', 'reinstate']).makeOptionMandatory())
    .option('--reason <text>', 'why')
    .action(async (o: { accreditation: string; action: string; reason?: string }) => {
      await withApp((app) => accreditationStatus(app, o.accreditation, o.action, o.reason));
    });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.err(`error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof DomainError) {
      io.err(`error: ${e.message}${e.errors?.length ? ` (${e.errors.map((f) => `${f.field}: ${f.message}`).join('; ')})` : ''}\n`);
      return 2;
    }
    throw e;
  }
}
