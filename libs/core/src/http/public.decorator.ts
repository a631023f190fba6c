import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const PUBLIC_KEY = 'attesta:public';

/** No credentials needed (health checks, sign-in, public verification). */
export function Public() {
  return applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension('x-access', { public: true }));
}
