/** Every provider the sandbox serves. */
import type { ProviderModule } from '../core/provider.js';
import { forward } from './forward/index.js';
import { mews } from './mews/index.js';
import { paytronix } from './paytronix/index.js';
import { socotra } from './socotra/index.js';

export const providers: readonly ProviderModule[] = [mews, socotra, forward, paytronix];
