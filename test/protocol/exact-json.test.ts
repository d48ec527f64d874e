import { parseJSONKeepingNumbers } from '../../src/protocol/tftypes/exact-json';
import { ExactNumber } from '../../src/protocol/tftypes/value';

describe('parseJSONKeepingNumbers', () => {
  const sameAsJSONParse = [
    '{}',
    '[]',
    ' \n\t{ "a" : [ 1 , 2.5 , -3e2 , true , false , null ] , "b" : { } }\r\n',
    '"plain"',
    '"escapes \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00"',
    '{"unicode key ü": "😀", "": ""}',
    '{"a": 1, "a": 2}',
    '{"__proto__": {"polluted": true}}',
    '[0, -0, 0.5, 1E5, 1e-7, 123456789012345, 9007199254740991, 0.30000000000000004]',
    JSON.stringify({ id: 'acme', inactivity: { timeout: 5, ticket_status_id: 8001424138749, reminders: [{ message: 'a', tags: ['x'] }] } }),
  ];
  it.each(sameAsJSONParse)('reads %s as JSON.parse does', (text) => {
    const parsed = parseJSONKeepingNumbers(text);
    expect(parsed).toEqual(JSON.parse(text));
    if (text.includes('__proto__')) {
      expect(Object.keys(parsed as object)).toEqual(['__proto__']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('keeps every digit of numbers no JS number holds', () => {
    const parsed = parseJSONKeepingNumbers('{"a": 3.0000000000000001, "b": [9007199254740993, -1e400], "c": 0.1}') as {
      a: ExactNumber;
      b: ExactNumber[];
      c: number;
    };
    expect(parsed.a).toBeInstanceOf(ExactNumber);
    expect(parsed.a.text).toBe('3.0000000000000001');
    expect(parsed.b.map((n) => n.text)).toEqual(['9007199254740993', '-1' + '0'.repeat(400)]);
    expect(parsed.c).toBe(0.1);
  });

  it.each([
    ['', /unexpected end of JSON input/],
    ['{', /expected a property name at position 1/],
    ['{"a" 1}', /expected ":"/],
    ['{"a": 1,}', /expected a property name/],
    ['[1 2]', /expected "," or "]" at position 3/],
    ['[1,]', /unexpected character "]"/],
    ['01', /unexpected data after the JSON value/],
    ['1.', /unexpected data/],
    ['-', /invalid number/],
    ['+1', /unexpected character "\+"/],
    ['"unterminated', /invalid string/],
    ['"bad \\x escape"', /invalid string/],
    ['"raw \n newline"', /invalid string/],
    ['tru', /unexpected character "t"/],
    ['NaN', /unexpected character "N"/],
    ['{} {}', /unexpected data after the JSON value at position 3/],
  ])('refuses %j', (text, message) => {
    expect(() => parseJSONKeepingNumbers(text)).toThrow(SyntaxError);
    expect(() => parseJSONKeepingNumbers(text)).toThrow(message);
  });
});
