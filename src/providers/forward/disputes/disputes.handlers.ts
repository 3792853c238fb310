/** disputes: placeholder until its resource is built (registers nothing yet). */
import type { ForwardContext } from '../context.js';

export function registerDisputes(_ctx: ForwardContext): void {}
