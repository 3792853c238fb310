import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import { describe, expect, it } from 'vitest';
import { NotFoundError, UnknownScenarioError } from '../../src/core/errors.js';
import { ScenarioEngine } from '../../src/core/scenarios/engine.js';
import { loadScenarios, ScenarioLoadError, type ScenarioSpec } from '../../src/core/scenarios/loader.js';
import { scenarioJsonSchema } from '../../src/core/scenarios/schema.js';

const spec: ScenarioSpec = {
  operations: ['pay', 'refund'],
  outcomes: ['approve', 'decline', 'server_error', 'rate_limit'],
  facts: { card: 'string', amount: 'number' },
};

function folder(files: Record<string, unknown>): string {
  const dir = tempDir('scenarios-');
  mkdirSync(join(dir, 'shop'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, 'shop', name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const ok = { description: 'd', rules: [] };
const rule = (r: unknown) => ({ description: 'd', rules: [r] });

describe('scenario loader', () => {
  it.each([
    ['no default', { 'x.json': ok }, /shop\/default\.json is missing/],
    ['invalid JSON', { 'default.json': '{"description":"d",}' }, /shop\/default\.json: invalid JSON/],
    ['a bad file name', { 'default.json': ok, 'Bad_Name.json': ok }, /Bad_Name\.json: file name must be lower-case/],
    ['an unknown top-level field', { 'default.json': { ...ok, extra: 1 } }, /default\.json: \(file\) has unknown field extra/],
    ['a missing description', { 'default.json': { rules: [] } }, /default\.json: description is required/],
    ['an unknown outcome', { 'default.json': rule({ then: { outcome: 'explode' } }) }, /default\.json: rules\[0\]\.then\.outcome must be one of/],
    ['a bad outcome field', { 'default.json': rule({ then: { outcome: 'decline', reason: 'bored' } }) }, /rules\[0\]\.then\.reason must be one of generic/],
    ['an outcome this provider does not use', { 'default.json': rule({ then: { outcome: 'expire', afterSeconds: 1 } }) }, /rules\[0\]\.then\.outcome "expire" is not used by this provider/],
    ['an unknown operation', { 'default.json': rule({ when: { operation: 'payy' }, then: { outcome: 'approve' } }) }, /rules\[0\]\.when\.operation "payy" is not an operation of this provider \(pay, refund\)/],
    ['an unknown fact', { 'default.json': rule({ when: { colour: 'red' }, then: { outcome: 'approve' } }) }, /rules\[0\]\.when\.colour is not a fact this provider matches on \(card, amount\)/],
    ['a fact of the wrong type', { 'default.json': rule({ when: { amount: '5' }, then: { outcome: 'approve' } }) }, /rules\[0\]\.when\.amount must be a number/],
  ])('stops start-up on %s, naming the file and field', (_name, files, message) => {
    const dir = folder(files);
    expect(() => loadScenarios(dir, { shop: spec })).toThrow(ScenarioLoadError);
    expect(() => loadScenarios(dir, { shop: spec })).toThrow(message);
  });

  it('loads every file of every provider', () => {
    const catalog = loadScenarios(folder({ 'default.json': ok, 'declines.json': rule({ then: { outcome: 'decline', reason: 'generic' } }) }), { shop: spec });
    expect([...catalog.get('shop')!.keys()]).toEqual(['declines', 'default']);
  });

  it('ships a JSON Schema generated from the Zod schema (run `npm run gen:schema` after changing it)', () => {
    expect(readFileSync('scenarios/scenario.schema.json', 'utf8')).toBe(scenarioJsonSchema());
  });
});

describe('scenario engine', () => {
  const dir = folder({
    'default.json': rule({ when: { card: '4000' }, then: { outcome: 'decline', reason: 'generic' } }),
    'busy.json': {
      description: 'd',
      rules: [
        { when: { operation: 'pay', amount: [1, 2] }, then: { outcome: 'decline', reason: 'insufficient_funds' } },
        { when: { operation: ['pay', 'refund'] }, then: { outcome: 'rate_limit', limit: 1, windowSeconds: 1 } },
        { then: { outcome: 'approve' } },
      ],
    },
  });
  const active = new Map<string, string>();
  const engine = new ScenarioEngine(loadScenarios(dir, { shop: spec }), {
    get: (p) => active.get(p),
    set: (p, n) => (n === undefined ? active.delete(p) : active.set(p, n)),
  });

  it('resolves header, then the activated scenario, then default; unknown names are errors', () => {
    expect(engine.resolve('shop', undefined).name).toBe('default');
    engine.activate('shop', 'busy');
    expect(engine.resolve('shop', undefined).name).toBe('busy');
    expect(engine.resolve('shop', 'default').name).toBe('default');
    expect(() => engine.resolve('shop', 'nope')).toThrow(UnknownScenarioError);
    expect(() => engine.activate('shop', 'nope')).toThrow(UnknownScenarioError);
    expect(() => engine.activate('bank', 'busy')).toThrow(NotFoundError);
    engine.deactivate('shop');
    expect(engine.activeName('shop')).toBe('default');
  });

  it.each([
    ['pay', { amount: 1 }, ['approve', 'decline'], { outcome: 'decline', reason: 'insufficient_funds' }],
    ['pay', { amount: 3 }, ['approve', 'decline'], { outcome: 'approve' }],
    ['pay', { amount: 3 }, ['rate_limit'], { outcome: 'rate_limit', limit: 1, windowSeconds: 1 }],
    ['refund', { amount: 1 }, ['decline'], undefined],
    ['refund', { card: '4000' }, ['decline'], { outcome: 'decline', reason: 'generic' }],
    ['pay', {}, ['server_error'], undefined],
  ] as const)('busy: %s %j for %j → %j (first match, then default rules)', (op, facts, kinds, outcome) => {
    const busy = engine.resolve('shop', 'busy');
    expect(engine.decide(busy, op, facts, kinds)).toEqual(outcome);
  });
});
