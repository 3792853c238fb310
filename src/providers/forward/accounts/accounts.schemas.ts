/** Merchant accounts, their businesses and processing plans (stored and on the wire). */
import { z } from '@hono/zod-openapi';

export interface Branding {
  business_name: string;
  logo_url: string | null;
  primary_color: string;
  secondary_color: string;
  support_email: string;
}

export interface StoredBusiness {
  id: string;
  /** Businesses are not owned by an account; the field keeps the collection uniform. */
  account_id: string;
  name: string;
  partner_id: string;
  created_at: string;
}

export interface StoredAccount {
  id: string;
  account_id: string;
  business_id: string;
  partner_id: string;
  processing_plan_id: string;
  name: string;
  branding: Branding;
  created_at: string;
  /** The fixed test payment methods exist in this account. */
  test_methods: boolean;
}

export const ProcessingPlan = z
  .object({
    id: z.string(),
    plan_type: z.literal('FLAT_RATE'),
    effective_date: z.string().openapi({ example: '2026-01-01' }),
    accepted_cards: z.array(z.string()),
    auth_fee: z.object({ card: z.number().int(), bank: z.number().int() }),
    fees: z.object({
      card: z.object({ percentage: z.number(), fixed: z.number().int() }),
      bank: z.object({ percentage: z.number(), fixed: z.number().int(), cap: z.number().int() }),
    }),
    fees_paid_by_partner: z.object({ card: z.boolean(), bank: z.boolean() }),
    partner_pays_chargeback_amount: z.boolean(),
    comment: z.string(),
    interchange_cost: z.literal('GROSS'),
    bank_processing_plan_settings: z.object({ percentage: z.number(), cap: z.number().int(), settlement_days: z.number().int() }),
  })
  .openapi('ProcessingPlan');
export type ProcessingPlan = z.output<typeof ProcessingPlan>;
export type StoredPlan = ProcessingPlan & { account_id: string };
