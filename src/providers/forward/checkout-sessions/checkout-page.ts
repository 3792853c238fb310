/**
 * The hosted checkout page a session's `url` points at: a small self-contained HTML page with the
 * merchant's branding, the amount and status, and how a test pays it through the API.
 */
import type { CheckoutPageView } from './checkout-sessions.service.js';

const escape = (s: string): string => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const color = (s: string, fallback: string): string => (/^#[0-9A-Fa-f]{3,8}$/.test(s) ? s : fallback);

/** Integer cents as money, e.g. 12345 → $123.45. */
export function formatAmount(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
}

function layout(title: string, primary: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}
header{border-bottom:4px solid ${primary};padding-bottom:.5rem}img{max-height:3rem}
.amount{font-size:2rem;font-weight:600}.status{display:inline-block;padding:.1rem .5rem;border-radius:.3rem;background:${primary};color:#fff}
pre{background:#f4f4f4;padding:.75rem;overflow-x:auto;font-size:.8rem}</style></head>
<body>${body}</body></html>`;
}

export function renderCheckoutPage(view: CheckoutPageView, origin: string): string {
  const s = view.checkout_session;
  const b = view.branding;
  const primary = color(b.primary_color, '#1A56DB');
  const payCall = [
    `curl -X POST ${origin}/checkout_sessions/${s.id}/payments \\`,
    `  -H 'x-api-key: sk_sandbox_test' -H 'x-account-id: ${s.account_id}' \\`,
    `  -H 'content-type: application/json' -d '{"payment_method_id": "pm_card_visa"}'`,
  ].join('\n');
  const body = `<header>${b.logo_url ? `<img src="${escape(b.logo_url)}" alt="">` : ''}<h1>${escape(b.business_name)}</h1></header>
<main>
<p class="amount" data-amount="${view.amount}">${escape(formatAmount(view.amount, view.currency))}</p>
<p>Subtotal ${escape(formatAmount(s.subtotal, view.currency))} · discount ${escape(formatAmount(s.discount_amount, view.currency))}</p>
<p>Status: <span class="status" id="status">${escape(s.status)}</span> · expires ${escape(s.expires_at)}</p>
<p>Customer: ${escape(s.customer_email)} · session <code>${escape(s.id)}</code></p>
<h2>Paying in the sandbox</h2>
<p>This sandbox page takes no card details. A test pays the session through the API with a test payment method
(<code>pm_card_visa</code> approves, <code>pm_card_declined</code> declines and leaves the session open):</p>
<pre>${escape(payCall)}</pre>
<p><a href="${escape(s.success_url)}">Return to merchant</a> · <a href="${escape(s.cancel_url)}">Cancel</a> · questions: ${escape(b.support_email)}</p>
</main>`;
  return layout(`Checkout — ${b.business_name}`, primary, body);
}

export function renderNotFoundPage(id: string): string {
  return layout('Checkout session not found', '#888888', `<h1>Checkout session not found</h1><p>No checkout session <code>${escape(id)}</code> exists in this sandbox.</p>`);
}
