import { describe, expect, it } from 'vitest';
import { mews, newRequest } from '../helpers/mews.js';
import { makeSandbox } from '../helpers/sandbox.js';

const GUID = 'bcc76295-4e47-4cf1-a7cb-afae00bd1c35';
const ids = (n: number) => Array.from({ length: n }, () => GUID);
const item = newRequest;

describe('Mews validation: 400 naming the field, nothing stored', () => {
  it.each([
    ['add', { PaymentRequests: undefined }, 'PaymentRequests: is required'],
    ['add', { PaymentRequests: [] }, 'PaymentRequests: must contain at least 1 item'],
    ['add', { PaymentRequests: Array.from({ length: 1001 }, () => item()) }, 'PaymentRequests: must contain at most 1000 items'],
    ['add', { PaymentRequests: [item({ AccountId: undefined })] }, 'PaymentRequests[0].AccountId: is required'],
    ['add', { PaymentRequests: [item({ AccountId: 'abc' })] }, 'PaymentRequests[0].AccountId: must be a GUID'],
    ['add', { PaymentRequests: [item({ Amount: { Currency: 'EUR' } })] }, 'PaymentRequests[0].Amount.Value: is required'],
    ['add', { PaymentRequests: [item({ Amount: { Currency: 'EUR', Value: '10' } })] }, 'PaymentRequests[0].Amount.Value: must be a number'],
    ['add', { PaymentRequests: [item({ Amount: { Currency: 'EUR', Value: 0 } })] }, 'PaymentRequests[0].Amount.Value: must be greater than 0'],
    ['add', { PaymentRequests: [item({ Amount: { Currency: 'euro', Value: 1 } })] }, 'PaymentRequests[0].Amount.Currency: must be an ISO 4217 code such as EUR'],
    ['add', { PaymentRequests: [item({ Type: 'Refund' })] }, 'PaymentRequests[0].Type: must be one of Payment, Preauthorization'],
    ['add', { PaymentRequests: [item({ Reason: 'Because' })] }, 'PaymentRequests[0].Reason: must be one of Other, PaymentCardMissing, PaymentCardDeclined, Deposit, Prepayment, Fee, RecurringPayment'],
    ['add', { PaymentRequests: [item({ ExpirationUtc: '2026-02-30' })] }, 'PaymentRequests[0].ExpirationUtc: must be an ISO 8601 date and time such as 2026-01-01T00:00:00Z'],
    ['add', { PaymentRequests: [item({ ExpirationUtc: '2025-12-31T23:59:59Z' })] }, 'PaymentRequests[0].ExpirationUtc: must be in the future (sandbox time is 2026-01-01T00:00:00Z)'],
    ['add', { PaymentRequests: [item({ Description: undefined })] }, 'PaymentRequests[0].Description: is required'],
    ['add', { PaymentRequests: [item({ Description: 'x'.repeat(1001) })] }, 'PaymentRequests[0].Description: must be at most 1000 characters long'],
    ['add', { PaymentRequests: [item({ Notes: 'x'.repeat(1001) })] }, 'PaymentRequests[0].Notes: must be at most 1000 characters long'],
    ['add', { PaymentRequests: [item({ ReservationId: 'r1' })] }, 'PaymentRequests[0].ReservationId: must be a GUID'],
    ['add', { PaymentRequests: [item(), item({ Type: 'x' })] }, 'PaymentRequests[1].Type: must be one of Payment, Preauthorization'],
    ['add', { EnterpriseId: 'e1' }, 'EnterpriseId: must be a GUID'],
    ['getAll', { Limitation: undefined }, 'Limitation: is required'],
    ['getAll', { Limitation: {} }, 'Limitation.Count: is required'],
    ['getAll', { Limitation: { Count: 0 } }, 'Limitation.Count: must be at least 1'],
    ['getAll', { Limitation: { Count: 1001 } }, 'Limitation.Count: must be at most 1000'],
    ['getAll', { Limitation: { Count: 2.5 } }, 'Limitation.Count: must be an integer'],
    ['getAll', { Limitation: { Count: 1, Cursor: 'c' } }, 'Limitation.Cursor: must be a GUID'],
    ['getAll', { Limitation: { Count: 1, Cursor: GUID } }, 'Limitation.Cursor: is not a payment request of this enterprise'],
    ['getAll', { States: ['Paid'] }, 'States[0]: must be one of Pending, Completed, Canceled, Expired'],
    ['getAll', { AccountIds: ['a'] }, 'AccountIds[0]: must be a GUID'],
    ['getAll', { PaymentRequestIds: ids(1001) }, 'PaymentRequestIds: must contain at most 1000 items'],
    ['getAll', { ReservationIds: ids(1001) }, 'ReservationIds: must contain at most 1000 items'],
    ['getAll', { EnterpriseIds: ['x'] }, 'EnterpriseIds[0]: must be a GUID'],
    ['getAll', { UpdatedUtc: { StartUtc: '2026-01-01T00:00:00Z' } }, 'UpdatedUtc.EndUtc: is required'],
    ['getAll', { UpdatedUtc: { StartUtc: '2026-01-01T00:00:00Z', EndUtc: '2026-04-01T00:00:01Z' } }, 'UpdatedUtc.EndUtc: must be at most 3 months after StartUtc'],
    ['getAll', { UpdatedUtc: { StartUtc: '2026-01-02T00:00:00Z', EndUtc: '2026-01-01T00:00:00Z' } }, 'UpdatedUtc.EndUtc: must be after StartUtc'],
    ['cancel', { PaymentRequestIds: undefined }, 'PaymentRequestIds: is required'],
    ['cancel', { PaymentRequestIds: [] }, 'PaymentRequestIds: must contain at least 1 item'],
    ['cancel', { PaymentRequestIds: ['x'] }, 'PaymentRequestIds[0]: must be a GUID'],
    ['cancel', { PaymentRequestIds: ids(1001) }, 'PaymentRequestIds: must contain at most 1000 items'],
    ['cancel', { PaymentRequestIds: [GUID] }, `PaymentRequestIds: ${GUID} is not a payment request of this enterprise`],
  ])('%s %j', async (op, patch, message) => {
    const s = await makeSandbox();
    const client = mews(s);
    const body = op === 'getAll' ? { Limitation: { Count: 10 }, ...patch } : op === 'add' ? { PaymentRequests: [item()], ...patch } : patch;
    const res = await client.post(op, body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ Message: `Invalid ${message}.`, RequestId: res.headers.get('request-id') });
    expect((await client.getAll()).body.PaymentRequests).toEqual([]);
  });

  it('accepts exactly 1000 items, 1000-character texts and a 3-month interval', async () => {
    const s = await makeSandbox();
    const client = mews(s);
    const added = await client.add(...Array.from({ length: 999 }, () => item()), item({ Description: 'x'.repeat(1000), Notes: 'n'.repeat(1000) }));
    expect(added.status).toBe(200);
    expect(added.body.PaymentRequests).toHaveLength(1000);
    expect(added.body.PaymentRequests[999].Description).toHaveLength(1000);
    const page = await client.getAll({ Limitation: { Count: 1000 }, UpdatedUtc: { StartUtc: '2025-10-01T00:00:01Z', EndUtc: '2026-01-01T00:00:01Z' } });
    expect(page.status).toBe(200);
    expect(page.body.PaymentRequests).toHaveLength(1000);
  });
});
