import type { INestApplicationContext } from '@nestjs/common';
import { DomainError, type AppConfig } from '@attesta/core';
import { Command, CommanderError, Option } from 'commander';
import { createCliContext } from './cli.module.js';
import { createOrganization, redriveOutbox, rotateSigningKeyEncryption, UsageError, verifyAudit } from './commands.js';

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
    .description('Create an organization with its first owner (as a signup does); prints the ids and, unless --password is given, a generated initial password once.')
    .addOption(new Option('--kind <kind>', 'organization kind').choices(['manufacturer', 'service_vendor', 'assessor', 'procurer']).makeOptionMandatory())
    .requiredOption('--name <name>', 'organization name')
    .requiredOption('--owner-email <email>', "the owner's e-mail (their sign-in)")
    .requiredOption('--owner-name <name>', "the owner's name")
    .option('--password <password>', 'the owner\'s password (default: generate one and print it)')
    .option('--accreditation-body <body>', 'assessors: accreditation body')
    .option('--accreditation-number <number>', 'assessors: accreditation number')
    .option('--accreditation-scope <scope>', 'assessors: accreditation scope')
    .action(async (o: { kind: string; name: string; ownerEmail: string; ownerName: string; password?: string; accreditationBody?: string; accreditationNumber?: string; accreditationScope?: string }) => {
      await withApp((app) => createOrganization(app, o));
    });

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
    .description('Re-wrap the organizations\' signing keys under the current key-encryption key (SIGNING_KEY_ENCRYPTION_KEY), reading them with SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS; one transaction.')
    .action(async () => {
      await withApp((app) => rotateSigningKeyEncryption(app));
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
