/**
 * The scenario file format, and the closed vocabulary of outcomes. Providers map each outcome to
 * their own codes and statuses; they declare which outcomes and request facts they understand.
 */
import { z } from 'zod';

const check = z.enum(['pass', 'fail', 'unavailable']);
const scalar = z.union([z.string(), z.number(), z.boolean()]);
/** A fact matches a scalar by equality, or an array by membership. */
export const matcherSchema = z.union([scalar, z.array(scalar).min(1)]);

export const outcomeSchema = z.discriminatedUnion('outcome', [
  z
    .object({
      outcome: z.literal('approve'),
      avs: check.optional(),
      cvv: check.optional(),
      tax: z.object({ code: z.string().min(1), rate: z.number().min(0).max(1) }).strict().optional(),
    })
    .strict()
    .describe('Accept the operation (optionally with AVS/CVV results or a tax rate).'),
  z
    .object({
      outcome: z.literal('decline'),
      reason: z.enum([
        'generic',
        'insufficient_funds',
        'expired_card',
        'cvv_mismatch',
        'avs_mismatch',
        'capture_declined',
        'invalid_credentials',
        'fraud',
      ]),
      avs: check.optional(),
      cvv: check.optional(),
    })
    .strict()
    .describe('Refuse the operation the way the provider refuses it.'),
  z
    .object({
      outcome: z.literal('dispute'),
      reason: z.enum(['fraudulent', 'product_not_received', 'duplicate', 'credit_not_processed', 'unrecognized', 'general']),
    })
    .strict()
    .describe('Accept, then open a dispute.'),
  z
    .object({ outcome: z.literal('complete'), afterSeconds: z.number().int().min(0) })
    .strict()
    .describe('The counterparty completes the object this many sandbox seconds after creation.'),
  z
    .object({ outcome: z.literal('expire'), afterSeconds: z.number().int().min(0) })
    .strict()
    .describe('The object expires this many sandbox seconds after creation.'),
  z
    .object({ outcome: z.literal('rate_limit'), limit: z.number().int().min(1), windowSeconds: z.number().int().min(1) })
    .strict()
    .describe('At most `limit` calls per client per sliding window, then 429.'),
  z
    .object({
      outcome: z.literal('server_error'),
      status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).default(500),
      message: z.string().min(1).optional(),
    })
    .strict()
    .describe('Fail the call with a 5xx.'),
]);

export type Outcome = z.output<typeof outcomeSchema>;
export type OutcomeKind = Outcome['outcome'];
export type Matcher = z.output<typeof matcherSchema>;
export type Facts = Record<string, string | number | boolean | undefined>;

export const ruleSchema = z
  .object({
    description: z.string().optional(),
    when: z
      .object({ operation: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional() })
      .catchall(matcherSchema)
      .default({}),
    then: outcomeSchema,
  })
  .strict();

export const scenarioFileSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().min(1),
    rules: z.array(ruleSchema),
  })
  .strict();

export type Rule = z.output<typeof ruleSchema>;
export type ScenarioFile = z.output<typeof scenarioFileSchema>;

/** The JSON Schema committed as `scenarios/scenario.schema.json` (for editors). */
export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(scenarioFileSchema, { io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'payment-sandbox scenario' }, null, 2)}\n`;
}
