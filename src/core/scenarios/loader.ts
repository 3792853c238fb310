/** Loads `scenarios/<provider>/<name>.json`, validating each file; any fault stops start-up. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { formatPath, issueText } from '../validation.js';
import { scenarioFileSchema, type OutcomeKind, type Rule } from './schema.js';

/** What a provider understands in its scenario files. */
export interface ScenarioSpec {
  operations: readonly string[];
  outcomes: readonly OutcomeKind[];
  /** Request facts a rule's `when` may name, with their JSON type. */
  facts: Readonly<Record<string, 'string' | 'number' | 'boolean'>>;
}

export interface Scenario {
  provider: string;
  name: string;
  description: string;
  rules: Rule[];
}

export type Catalog = Map<string, Map<string, Scenario>>;

export class ScenarioLoadError extends Error {}

const NAME = /^[a-z0-9][a-z0-9-]*$/;

export function loadScenarios(dir: string, specs: Readonly<Record<string, ScenarioSpec>>): Catalog {
  const shown = (file: string) => {
    const rel = relative(process.cwd(), file);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  };
  if (!isDir(dir)) throw new ScenarioLoadError(`scenario folder ${dir} does not exist`);
  const catalog: Catalog = new Map();
  for (const [provider, spec] of Object.entries(specs)) {
    const folder = join(dir, provider);
    const files = isDir(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')).sort() : [];
    const scenarios = new Map<string, Scenario>();
    for (const fileName of files) {
      const file = join(folder, fileName);
      const name = fileName.slice(0, -'.json'.length);
      if (!NAME.test(name)) throw new ScenarioLoadError(`${shown(file)}: file name must be lower-case letters, digits and dashes`);
      scenarios.set(name, parseScenario(readFileSync(file, 'utf8'), shown(file), provider, name, spec));
    }
    if (!scenarios.has('default')) throw new ScenarioLoadError(`${shown(join(folder, 'default.json'))} is missing (every provider needs a default scenario)`);
    catalog.set(provider, scenarios);
  }
  return catalog;
}

export function parseScenario(text: string, file: string, provider: string, name: string, spec: ScenarioSpec): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ScenarioLoadError(`${file}: invalid JSON (${(err as Error).message})`);
  }
  const parsed = scenarioFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ScenarioLoadError(`${file}: ${formatPath(issue.path) || '(file)'} ${issueText(issue)}`);
  }
  parsed.data.rules.forEach((rule, i) => checkRule(rule, `${file}: rules[${i}]`, spec));
  return { provider, name, description: parsed.data.description, rules: parsed.data.rules };
}

function checkRule(rule: Rule, at: string, spec: ScenarioSpec): void {
  const { operation, ...facts } = rule.when;
  for (const op of operation === undefined ? [] : [operation].flat()) {
    if (!spec.operations.includes(op)) {
      throw new ScenarioLoadError(`${at}.when.operation "${op}" is not an operation of this provider (${spec.operations.join(', ')})`);
    }
  }
  for (const [fact, matcher] of Object.entries(facts)) {
    const type = spec.facts[fact];
    if (!type) {
      const known = Object.keys(spec.facts);
      throw new ScenarioLoadError(`${at}.when.${fact} is not a fact this provider matches on (${known.length ? known.join(', ') : 'none'})`);
    }
    for (const value of [matcher].flat()) {
      if (typeof value !== type) throw new ScenarioLoadError(`${at}.when.${fact} must be a ${type}`);
    }
  }
  if (!spec.outcomes.includes(rule.then.outcome)) {
    throw new ScenarioLoadError(`${at}.then.outcome "${rule.then.outcome}" is not used by this provider (${spec.outcomes.join(', ')})`);
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
