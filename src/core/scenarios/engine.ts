/**
 * Scenario resolution and matching. Resolution, highest first: the request's
 * `X-Sandbox-Scenario` header, the scenario activated through the admin API, `default`.
 * Matching: the first rule (of the scenario, then of `default`) whose `when` holds and whose
 * outcome is one the caller can act on.
 */
import { NotFoundError, UnknownScenarioError } from '../errors.js';
import type { Catalog, Scenario } from './loader.js';
import type { Facts, Matcher, Outcome, OutcomeKind, Rule } from './schema.js';

/** Where the active scenario per provider is kept (the database's admin namespace). */
export interface ActiveScenarios {
  get(provider: string): string | undefined;
  set(provider: string, name: string | undefined): void;
}

export const SCENARIO_HEADER = 'x-sandbox-scenario';

export class ScenarioEngine {
  constructor(
    private readonly catalog: Catalog,
    private readonly active: ActiveScenarios,
  ) {}

  providers(): string[] {
    return [...this.catalog.keys()];
  }

  list(provider: string): Scenario[] {
    return [...this.scenarios(provider).values()];
  }

  activeName(provider: string): string {
    const name = this.active.get(provider);
    return name !== undefined && this.scenarios(provider).has(name) ? name : 'default';
  }

  /** The scenario named, or an UnknownScenarioError. */
  get(provider: string, name: string): Scenario {
    const scenario = this.scenarios(provider).get(name);
    if (!scenario) throw new UnknownScenarioError(provider, name, [...this.scenarios(provider).keys()]);
    return scenario;
  }

  activate(provider: string, name: string): Scenario {
    const scenario = this.get(provider, name);
    this.active.set(provider, name === 'default' ? undefined : name);
    return scenario;
  }

  deactivate(provider: string): void {
    this.scenarios(provider);
    this.active.set(provider, undefined);
  }

  /** The scenario in force for one request. */
  resolve(provider: string, header: string | undefined): Scenario {
    const requested = header?.trim();
    return this.get(provider, requested ? requested : this.activeName(provider));
  }

  decide<K extends OutcomeKind>(
    scenario: Scenario,
    operation: string,
    facts: Facts,
    kinds: readonly K[],
  ): Extract<Outcome, { outcome: K }> | undefined {
    const fallback = scenario.name === 'default' ? [] : this.get(scenario.provider, 'default').rules;
    for (const rule of [...scenario.rules, ...fallback]) {
      if ((kinds as readonly OutcomeKind[]).includes(rule.then.outcome) && ruleMatches(rule, operation, facts)) {
        return rule.then as Extract<Outcome, { outcome: K }>;
      }
    }
    return undefined;
  }

  private scenarios(provider: string): Map<string, Scenario> {
    const scenarios = this.catalog.get(provider);
    if (!scenarios) throw new NotFoundError('provider', provider);
    return scenarios;
  }
}

export function ruleMatches(rule: Rule, operation: string, facts: Facts): boolean {
  const { operation: ops, ...conditions } = rule.when;
  if (ops !== undefined && ![ops].flat().includes(operation)) return false;
  return Object.entries(conditions).every(([fact, matcher]) => factMatches(facts[fact], matcher));
}

function factMatches(value: Facts[string], matcher: Matcher): boolean {
  if (value === undefined) return false;
  return Array.isArray(matcher) ? matcher.includes(value) : matcher === value;
}
