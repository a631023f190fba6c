/** The TypeORM CLI's data source (owner role), from the same validated config. */
import 'reflect-metadata';
import { buildDataSourceOptions, loadConfigOrExit } from '@attesta/core';
import { SCHEMA } from '@attesta/schema';
import { DataSource } from 'typeorm';

export default new DataSource(buildDataSourceOptions(loadConfigOrExit(), 'owner', SCHEMA, 'attesta-cli'));
