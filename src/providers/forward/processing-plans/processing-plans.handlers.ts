/** processing-plans: placeholder until its resource is built (registers nothing yet). */
import type { ForwardContext } from '../context.js';

export function registerProcessingPlans(_ctx: ForwardContext): void {}
