import { CLS_ID, ClsService } from 'nestjs-cls';

/** Runs job work inside its own context, so its log lines carry the job's event id. */
export function runInJobContext<T>(cls: ClsService, correlationId: string, work: () => Promise<T>): Promise<T> {
  return cls.run(async () => {
    cls.set(CLS_ID, correlationId);
    return work();
  });
}
