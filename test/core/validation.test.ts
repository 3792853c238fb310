import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { formatPath, parseOrThrow } from '../../src/core/validation.js';

const schema = z.object({
  Name: z.string().max(3),
  Tags: z.array(z.string()).min(1).max(2),
  Kind: z.enum(['A', 'B']),
  Id: z.guid(),
  At: z.iso.datetime({ offset: true }),
  Count: z.number().int().min(1).max(10),
  Nested: z.object({ Value: z.number().positive() }),
  Flag: z.boolean(),
});
const good = { Name: 'abc', Tags: ['x'], Kind: 'A', Id: 'bcc76295-4e47-4cf1-a7cb-afae00bd1c35', At: '2026-01-01T00:00:00Z', Count: 5, Nested: { Value: 1 }, Flag: true };

describe('validation messages name the field', () => {
  it.each([
    [{ Name: 'abcd' }, 'Name', 'must be at most 3 characters long'],
    [{ Name: undefined }, 'Name', 'is required'],
    [{ Name: 5 }, 'Name', 'must be a string'],
    [{ Tags: [] }, 'Tags', 'must contain at least 1 item'],
    [{ Tags: ['a', 'b', 'c'] }, 'Tags', 'must contain at most 2 items'],
    [{ Tags: ['a', 7] }, 'Tags[1]', 'must be a string'],
    [{ Kind: 'C' }, 'Kind', 'must be one of A, B'],
    [{ Id: 'nope' }, 'Id', 'must be a GUID'],
    [{ At: 'yesterday' }, 'At', 'must be an ISO 8601 date and time such as 2026-01-01T00:00:00Z'],
    [{ Count: 0 }, 'Count', 'must be at least 1'],
    [{ Count: 11 }, 'Count', 'must be at most 10'],
    [{ Count: 1.5 }, 'Count', 'must be an integer'],
    [{ Nested: { Value: 0 } }, 'Nested.Value', 'must be greater than 0'],
    [{ Nested: {} }, 'Nested.Value', 'is required'],
    [{ Flag: 'yes' }, 'Flag', 'must be true or false'],
  ])('%j → %s %s', (patch, field, reason) => {
    let caught: unknown;
    try {
      parseOrThrow(schema, { ...good, ...patch });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(caught).toMatchObject({ field, reason, message: `${field}: ${reason}` });
  });

  it('accepts a good value', () => expect(parseOrThrow(schema, good)).toEqual(good));
  it('formats paths', () => expect(formatPath(['A', 0, 'B', 12, 'C'])).toBe('A[0].B[12].C'));
});
