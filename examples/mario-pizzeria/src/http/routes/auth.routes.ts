import { z } from 'zod';
import type { ApiContext } from '../api-context.js';
import type { ApiRoute } from '../api-route.js';
import { staffRoleSchema } from '../auth/staff-role.js';
import { parseInput } from '../parse-input.js';

const devLogin = z.object({ name: z.string().trim().min(1).max(80), role: staffRoleSchema });

/** The documented development login: anyone may become any staff role. Replace it before opening a real shop. */
export function authRoutes(ctx: ApiContext): ApiRoute[] {
  return [
    {
      method: 'POST',
      url: '/api/auth/dev-login',
      summary: 'Development login: `{ name, role }` (chef, driver or manager) → a signed bearer token for 12 hours.',
      tag: 'auth',
      body: devLogin,
      handle: async ({ input }) => {
        const { name, role } = parseInput(devLogin, input, 'dev login');
        return { token: ctx.tokens.sign(name, role), name, role };
      },
    },
  ];
}
