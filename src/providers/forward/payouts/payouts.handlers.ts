/** payouts: placeholder until its resource is built (registers nothing yet). */
import type { ForwardContext } from '../context.js';

export function registerPayouts(_ctx: ForwardContext): void {}
