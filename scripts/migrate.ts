/** Runs pending migrations (as DATABASE_MIGRATION_URL) and grants the app role. */
import 'reflect-metadata';
import { loadConfigOrExit } from '@attesta/core';
import { runMigrations } from '@attesta/schema';

const config = loadConfigOrExit();
const ran = await runMigrations(config, (m) => console.log(m));
console.log(ran.length ? `${ran.length} migration(s) applied` : 'schema is up to date');
