/** Registers this resource's endpoints (to be built). */
import type { PaytronixContext } from '../context.js';

export function registerCheckout(_ctx: PaytronixContext): void {}
