/** external: placeholder until its resource is built (registers nothing yet). */
import type { ForwardContext } from '../context.js';
import type { RefundService } from '../refunds/refunds.service.js';

export function registerExternal(_ctx: ForwardContext, _refunds: RefundService): void {}
