/** checkout-sessions: placeholder until its resource is built (registers nothing yet). */
import type { ForwardContext } from '../context.js';

export function registerCheckoutSessions(_ctx: ForwardContext): void {}
