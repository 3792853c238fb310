// The bare ceiling for `npm run bench`: a Hono app on @hono/node-server with no middleware that
// answers with a JSON body of a given size, serialised per request (c.json), like the sandbox does.
//
//   node bench/bare.mjs <port> <name>=<bytes> [<name>=<bytes> ...]
//
// serves GET|POST /<name>-size (e.g. /getAll-size, /add-size) with a body of exactly <bytes> bytes,
// and GET /health. Request bodies are not read.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const [portArg, ...sizeArgs] = process.argv.slice(2);
const port = Number(portArg);
if (!Number.isInteger(port) || port <= 0 || sizeArgs.length === 0) {
  process.stderr.write('usage: node bench/bare.mjs <port> <name>=<bytes> [<name>=<bytes> ...]\n');
  process.exit(2);
}

// One element shaped like a Mews payment request, so serialisation does comparable work.
const ITEM = {
  Id: '00000000-0000-4000-8000-000000000000',
  EnterpriseId: '00000000-0000-4000-8000-000000000001',
  AccountId: 'fadd5bb6-b428-45d5-94f8-fd0d89fece6d',
  CustomerId: 'fadd5bb6-b428-45d5-94f8-fd0d89fece6d',
  ReservationGroupId: null,
  ReservationId: null,
  State: 'Pending',
  Amount: { Currency: 'EUR', NetValue: 10.4, GrossValue: 10.4, TaxValues: [], Breakdown: { Items: [{ TaxRateCode: null, NetValue: 10.4, TaxValue: 0 }] } },
  Type: 'Payment',
  Reason: 'PaymentCardMissing',
  ExpirationUtc: '2030-01-01T00:00:00Z',
  Description: 'Payment required',
  Notes: null,
  CreatedUtc: '2026-01-01T00:00:00Z',
  UpdatedUtc: '2026-01-01T00:00:00Z',
};

/** `{ PaymentRequests: [ITEM…], Pad: "xxx…" }` whose JSON is exactly `bytes` long (ASCII only). */
function payloadOfSize(bytes) {
  const items = [];
  const size = () => JSON.stringify({ PaymentRequests: items, Pad: '' }).length;
  while (size() + JSON.stringify(ITEM).length + 1 <= bytes) items.push({ ...ITEM });
  const pad = bytes - size();
  if (pad < 0) throw new Error(`cannot build a JSON body of ${bytes} bytes (minimum ${size()})`);
  const payload = { PaymentRequests: items, Pad: 'x'.repeat(pad) };
  if (JSON.stringify(payload).length !== bytes) throw new Error(`payload of ${bytes} bytes came out wrong`);
  return payload;
}

const app = new Hono();
app.get('/health', (c) => c.json({ status: 'ok' }));
for (const arg of sizeArgs) {
  const match = /^([\w-]+)=(\d+)$/.exec(arg);
  if (!match) {
    process.stderr.write(`bad size argument "${arg}" (expected name=bytes)\n`);
    process.exit(2);
  }
  const payload = payloadOfSize(Number(match[2]));
  app.on(['GET', 'POST'], `/${match[1]}-size`, (c) => c.json(payload));
}

serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
// Nothing to flush: stop at once.
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
