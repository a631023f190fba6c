import { Controller, Get, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createRootLogger, RequestLogger } from '@attesta/core';
import { Writable } from 'node:stream';
import { benchPool } from './db-bench.js';

/** One route as the bare servers answer it: the recorded statements as one text, then the recorded body. */
export interface RecordedRoute {
  method: 'GET' | 'POST';
  path: string;
  sql: string;
  body: unknown;
  status: number;
}

/**
 * The framework floor of the hot-path benchmark: what any Nest implementation of the routes pays
 * before its own code runs. Nest on its Fastify adapter, one request log line at info logged as the
 * API logs it (the API's `RequestLogger` and root logger, to a discarding sink as the API's is in
 * the benchmark), and handlers that do
 * what the bare Fastify baseline does: the route's recorded statements in one round trip on a
 * pooled connection, then the recorded body. No authentication, validation, rate limiting or
 * request context: those are the product's own cost, which the floor leaves out.
 */
export async function startNestFloor(databaseUrl: string, poolSize: number, routes: RecordedRoute[]): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const pool = benchPool('Nest floor', databaseUrl, poolSize);

  class FloorController {}
  routes.forEach((r, i) => {
    const key = `route${i}`;
    const handler = async () => {
      const client = await pool.connect();
      try {
        await client.query(r.sql);
      } finally {
        client.release();
      }
      return r.body;
    };
    Object.defineProperty(FloorController.prototype, key, { value: handler, writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(FloorController.prototype, key)!;
    const path = new URL(r.path, 'http://x').pathname;
    (r.method === 'GET' ? Get(path) : Post(path))(FloorController.prototype, key, descriptor);
    HttpCode(r.status)(FloorController.prototype, key, descriptor);
  });
  Controller()(FloorController);

  const sink = new Writable({ write: (_c, _e, done) => done() });
  class FloorModule {}
  Module({ controllers: [FloorController] })(FloorModule);

  const app = await NestFactory.create<NestFastifyApplication>(FloorModule, new FastifyAdapter(), { logger: false });
  new RequestLogger(createRootLogger({ LOG_LEVEL: 'info' }, 'nest-floor', sink)).register(app.getHttpAdapter().getInstance());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  return {
    baseUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}
