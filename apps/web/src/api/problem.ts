import { translate } from '../i18n/runtime';

/** An RFC 9457 problem document, as every API error is answered. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: { field: string; message: string }[];
  [extra: string]: unknown;
}

/** Thrown by `unwrap` for any non-2xx answer; the UI shows its title and detail. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
  }

  get status(): number {
    return this.problem.status;
  }

  /** The message of one field's validation error, for forms. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

export function toProblem(status: number, body: unknown, statusText = ''): Problem {
  if (body && typeof body === 'object' && 'title' in body) {
    return { status, ...(body as object) } as Problem;
  }
  return {
    status,
    title: status === 0 ? translate('common.problem.unreachable') : statusText || translate('common.problem.requestFailed', { status }),
    detail: typeof body === 'string' && body ? body.slice(0, 500) : undefined,
  };
}

export function asProblem(error: unknown): Problem {
  if (error instanceof ApiProblem) return error.problem;
  if (error instanceof Error) return { status: 0, title: translate('common.problem.somethingWrong'), detail: error.message };
  return { status: 0, title: translate('common.problem.somethingWrong') };
}
