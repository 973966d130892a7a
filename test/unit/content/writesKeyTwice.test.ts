import { describe, expect, it } from 'vitest';
import { writesKeyTwice } from '../../../src/lib/content/writesKeyTwice.ts';

const check = (text: string): boolean => writesKeyTwice(text, JSON.parse(text));

describe('writesKeyTwice', () => {
  it('finds a key written twice at any depth', () => {
    expect(check('{"tasks":[{"id":"1.1","id":"1.2"}]}')).toBe(true);
    expect(check('{"a":1,"b":{"c":2},"a":3}')).toBe(true);
  });

  it('passes files whose keys are each written once, whatever their strings hold', () => {
    expect(check('{"tasks":[{"id":"1.1","text":"Sở \\"Y tế\\": chủ trì"},{"id":"1.2","text":"a\\\\","x":":"}]}')).toBe(false);
    expect(check('[1,"a:",{"k" : "v"}]')).toBe(false);
  });
});
