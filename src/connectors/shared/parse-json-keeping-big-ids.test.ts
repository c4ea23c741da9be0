import { describe, expect, it } from 'vitest';
import { parseJsonKeepingBigIds } from './parse-json-keeping-big-ids.js';

describe('parseJsonKeepingBigIds', () => {
  it('keeps 64-bit ids exact as strings', () => {
    expect(parseJsonKeepingBigIds('{"id": 7178997441201524010, "n": 12}')).toEqual({ id: '7178997441201524010', n: 12 });
  });

  it('leaves big numbers inside strings, safe integers and decimals alone', () => {
    expect(parseJsonKeepingBigIds('{"s": "7178997441201524010 \\" 9999999999999999999", "a": [9007199254740991, 1.5e300]}')).toEqual({
      s: '7178997441201524010 " 9999999999999999999',
      a: [9007199254740991, 1.5e300],
    });
  });

  it('still rejects invalid JSON', () => {
    expect(() => parseJsonKeepingBigIds('{"id": 7178997441201524010')).toThrow(SyntaxError);
  });
});
