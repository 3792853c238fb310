/** A hosted checkout session and its payment intent as stored (`paytronix.checkoutSessions`, by id). */
import { z } from '@hono/zod-openapi';

export const StoredCheckoutSession = z.object({ id: z.string(), merchantId: z.number().int() }).strict();

export type StoredCheckoutSession = z.output<typeof StoredCheckoutSession>;
