/**
 * The hosted checkout page a session's `redirectUrl` points at: a small self-contained HTML page
 * with the merchant, the line items, the amount and the payment intent's status, and how a test
 * plays the guest paying (the admin pay hook). It takes no card details itself.
 */
import type { StoredMerchant } from '../common.schemas.js';
import { money } from '../format.js';
import type { StoredCheckoutSession } from './checkout.stored.js';

const escape = (s: string): string => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}
header{border-bottom:4px solid #635BFF;padding-bottom:.5rem}table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ddd}.num{text-align:right}
.amount{font-size:2rem;font-weight:600}.status{display:inline-block;padding:.1rem .5rem;border-radius:.3rem;background:#635BFF;color:#fff}
pre{background:#f4f4f4;padding:.75rem;overflow-x:auto;font-size:.8rem}</style></head>
<body>${body}</body></html>`;
}

export function renderCheckoutPage(session: StoredCheckoutSession, merchant: StoredMerchant, origin: string): string {
  const intent = session.paymentIntent;
  const rows = session.lineItems
    .map((item) => `<tr><td>${escape(item.description)}</td><td class="num">${item.quantity}</td><td class="num">$${money(item.amountCents)}</td></tr>`)
    .join('\n');
  const payCall = [
    `curl -X POST ${origin}/__admin/paytronix/checkout-sessions/${session.id}/pay \\`,
    `  -H 'content-type: application/json' -d '{"cardNumber": "4111111111111111"}'`,
  ].join('\n');
  const body = `<header><h1>${escape(merchant.name)}</h1><p>Merchant ${merchant.merchantId} · checkout session <code>${escape(session.id)}</code></p></header>
<main>
<table><thead><tr><th>Item</th><th class="num">Quantity</th><th class="num">Amount</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p class="amount" data-amount="${money(intent.amountCents)}">$${money(intent.amountCents)}</p>
<p>Payment intent <code>${escape(intent.id)}</code> · status <span class="status" id="status">${escape(intent.status)}</span></p>
<h2>Paying in the sandbox</h2>
<p>This sandbox page takes no card details. A test plays the guest paying through the admin API
(<code>4111111111111111</code> approves, <code>4000000000000002</code> declines and leaves the intent awaiting a payment method):</p>
<pre>${escape(payCall)}</pre>
<p><a href="${escape(session.successUrl)}">Return to merchant</a> · <a href="${escape(session.cancelUrl)}">Cancel</a></p>
</main>`;
  return layout(`Checkout — ${merchant.name}`, body);
}

export function renderNotFoundPage(id: string): string {
  return layout('Checkout session not found', `<h1>Checkout session not found</h1><p>No checkout session <code>${escape(id)}</code> exists in this sandbox.</p>`);
}
