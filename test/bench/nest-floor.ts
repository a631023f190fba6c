import { Controller, Get, HttpCode, Module, Post, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LoggerModule } from 'nestjs-pino';
import { Writable } from 'node:stream';
import pg from 'pg';
import { pino } from 'pino';

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
 * before its own code runs. Nest on its Fastify adapter, one request log line at info through
 * nestjs-pino (to a discarding sink, as the API's is in the benchmark; nestjs-pino keeps one
 * pino-http instance per process, so beside the API it is the API's own, with its serializers), and handlers that do what
 * the bare Fastify baseline does: the route's recorded statements in one round trip on a pooled
 * connection, then the recorded body. No authentication, validation, rate limiting or request
 * context: those are the product's own cost, which the floor leaves out.
 */
export async function startNestFloor(databaseUrl: string, routes: RecordedRoute[]): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 5 });

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
  Module({
    // Every route named: the module's default pattern matched none of these paths, so no line was logged.
    imports: [
      LoggerModule.forRoot({
        pinoHttp: { logger: pino({ level: 'info' }, sink), quietReqLogger: true },
        forRoutes: [{ path: '*', method: RequestMethod.ALL }],
      }),
    ],
    controllers: [FloorController],
  })(FloorModule);

  const app = await NestFactory.create<NestFastifyApplication>(FloorModule, new FastifyAdapter(), { logger: false });
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
