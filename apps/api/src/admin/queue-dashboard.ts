import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PROBLEM_CONTENT_TYPE, problemForKind, problemTypeUri } from '@attesta/core';
import { JobQueue, QueueName } from '@attesta/jobs';
import type { FastifyInstance } from 'fastify';
import { isOperator } from './operator-auth.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board at /admin/queues for platform operators: every request (page, assets, API)
 * must carry OPERATOR_TOKEN (Basic password or bearer). Without OPERATOR_TOKEN the
 * dashboard is not mounted at all. It sits outside Nest's guards on purpose: tenant
 * credentials mean nothing here.
 */
export async function mountQueueDashboard(app: NestFastifyApplication, operatorToken: string): Promise<void> {
  const jobs = app.get(JobQueue);
  const queues = await Promise.all(Object.values(QueueName).map((name) => jobs.queue(name)));
  const serverAdapter = new BullBoardFastifyAdapter();
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Attesta queues' } },
  });
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      if (isOperator(request.headers.authorization, operatorToken)) return;
      const { status, title, slug } = problemForKind('unauthenticated');
      const problem = {
        type: problemTypeUri(slug),
        title,
        status,
        detail: 'Operator credentials required (HTTP Basic with the operator token as password, or Bearer).',
        instance: request.url.split('?')[0],
        correlationId: request.id,
      };
      await reply.code(status).header('www-authenticate', 'Basic realm="attesta-operator", charset="UTF-8"').type(PROBLEM_CONTENT_TYPE).send(problem);
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
}
