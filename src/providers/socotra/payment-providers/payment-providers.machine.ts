/** Provider configuration states: inactivate (deprecated call) or set the state with a full update. */
import { defineMachine } from '../../../core/state-machine.js';
import type { ProviderState } from '../common.schemas.js';

export type ProviderEvent = 'inactivate' | 'activate' | 'deactivate';

export const providerMachine = defineMachine<ProviderState, ProviderEvent>('payment provider configuration', {
  active: { inactivate: 'inactive', activate: 'active', deactivate: 'inactive' },
  inactive: { inactivate: 'inactive', activate: 'active', deactivate: 'inactive' },
});

/** The event a full update with this requested state is. */
export const updateEvent = (requested: ProviderState): ProviderEvent => (requested === 'active' ? 'activate' : 'deactivate');
