/**
 * The three Mews responses under seed 1 and the clock frozen at 2026-01-01T00:00:00Z, byte for
 * byte. After an intended change: `npm run golden`, then review the diff of test/mews/golden/.
 */
import { describe, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { mews, newRequest, OTHER_TOKEN } from '../helpers/mews.js';
import { makeSandbox } from '../helpers/sandbox.js';

const golden = (name: string) => new URL(`./golden/${name}.json`, import.meta.url).pathname;

describe('Mews golden responses', () => {
  it('add, getAll, cancel', async () => {
    const s = await makeSandbox();
    const client = mews(s, OTHER_TOKEN);
    const added = await client.add(
      newRequest({ Notes: 'Internal notes.', ReservationId: '0f515589-99b4-423d-b83a-b237009f0509' }),
      newRequest({ Type: 'Preauthorization', Reason: 'Deposit', Amount: { Currency: 'GBP', Value: 250 }, Description: 'Deposit' }),
    );
    s.platform.deps.clock.advance(30_000);
    const page = await client.getAll({ Limitation: { Count: 1 } });
    const canceled = await client.cancel(added.body.PaymentRequests[0].Id);
    expectGolden(golden('add'), { status: added.status, body: added.body });
    expectGolden(golden('getAll'), { status: page.status, body: page.body });
    expectGolden(golden('cancel'), { status: canceled.status, body: canceled.body });
  });
});
