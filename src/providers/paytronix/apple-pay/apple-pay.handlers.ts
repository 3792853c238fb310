/** validateApplePayMerchant, registerApplePayDomain, unregisterApplePayDomain and applePayMerchantDetails. */
import type { Context } from 'hono';
import type { SandboxEnv } from '../../../core/provider.js';
import type { PaytronixContext } from '../context.js';
import { merchantDetailsRoute, registerDomainRoute, unregisterDomainRoute, validateMerchantRoute } from './apple-pay.routes.js';
import { MerchantDetailsQuery, RegisterDomainBody, UnregisterDomainBody, ValidateMerchantBody } from './apple-pay.schemas.js';
import { ApplePayService } from './apple-pay.service.js';

const valid = <T>(c: Context<SandboxEnv>): T => c.req.valid('json' as never) as T;

export function registerApplePay(ctx: PaytronixContext): void {
  const service = new ApplePayService(ctx.deps, ctx.store);
  ctx.serve('validateApplePayMerchant', {
    route: validateMerchantRoute,
    input: ValidateMerchantBody,
    handler: (c: Context<SandboxEnv>) => c.json({ result: 'success', session: service.validate(valid<ValidateMerchantBody>(c)) }),
  });
  ctx.serve('registerApplePayDomain', {
    route: registerDomainRoute,
    input: RegisterDomainBody,
    handler: (c: Context<SandboxEnv>) => {
      service.register(valid<RegisterDomainBody>(c));
      return c.json({ result: 'success' });
    },
  });
  ctx.serve('unregisterApplePayDomain', {
    route: unregisterDomainRoute,
    input: UnregisterDomainBody,
    handler: (c: Context<SandboxEnv>) => {
      service.unregister(valid<UnregisterDomainBody>(c));
      return c.json({ result: 'success' });
    },
  });
  ctx.serve('applePayMerchantDetails', {
    route: merchantDetailsRoute,
    input: MerchantDetailsQuery,
    query: { integers: ['merchantId'] },
    handler: (c: Context<SandboxEnv>) => c.json({ result: 'success', details: service.details(valid<{ merchantId: number }>(c).merchantId) }),
  });
}
