/**
 * A strict little XML parser for checking reports the CLI writes (JUnit):
 * elements, attributes, text and the five entities plus character
 * references. It throws on anything malformed — mismatched or unclosed tags,
 * a raw `<` or `&`, an unknown entity, a duplicate attribute, characters XML
 * 1.0 forbids — so a passing parse means well-formed for what we emit.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`raw "<" in ${where}`);
  return raw.replace(/&([^;\s]*);?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw new Error(`unterminated entity "${match}" in ${where}`);
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    if (!(name in ENTITIES)) throw new Error(`unknown entity "&${name};" in ${where}`);
    return ENTITIES[name];
  });
}

export function parseXml(source: string): XmlElement {
  if (FORBIDDEN.test(source)) throw new Error('a character XML 1.0 does not allow');
  let pos = 0;
  const declaration = /^<\?xml[^?]*\?>\s*/.exec(source);
  if (declaration) pos = declaration[0].length;
  const NAME = /[A-Za-z_][\w.-]*/y;
  const readName = () => {
    NAME.lastIndex = pos;
    const m = NAME.exec(source);
    if (!m) throw new Error(`expected a name at ${pos}`);
    pos += m[0].length;
    return m[0];
  };
  const skipSpace = () => {
    while (/\s/.test(source[pos] ?? '')) pos++;
  };

  function element(): XmlElement {
    if (source[pos] !== '<') throw new Error(`expected "<" at ${pos}`);
    pos++;
    const el: XmlElement = { name: readName(), attributes: {}, children: [], text: '' };
    for (;;) {
      skipSpace();
      if (source.startsWith('/>', pos)) {
        pos += 2;
        return el;
      }
      if (source[pos] === '>') {
        pos++;
        break;
      }
      const attr = readName();
      if (attr in el.attributes) throw new Error(`duplicate attribute ${attr} on <${el.name}>`);
      if (source[pos] !== '=' || source[pos + 1] !== '"') throw new Error(`expected ="…" after ${attr} on <${el.name}>`);
      const end = source.indexOf('"', pos + 2);
      if (end === -1) throw new Error(`unterminated attribute ${attr}`);
      el.attributes[attr] = decode(source.slice(pos + 2, end), `attribute ${attr} of <${el.name}>`);
      pos = end + 1;
    }
    for (;;) {
      const next = source.indexOf('<', pos);
      if (next === -1) throw new Error(`<${el.name}> is never closed`);
      el.text += decode(source.slice(pos, next), `the text of <${el.name}>`);
      pos = next;
      if (source.startsWith('</', pos)) {
        pos += 2;
        const name = readName();
        if (name !== el.name) throw new Error(`</${name}> closes <${el.name}>`);
        skipSpace();
        if (source[pos] !== '>') throw new Error(`expected ">" at ${pos}`);
        pos++;
        return el;
      }
      el.children.push(element());
    }
  }

  const root = element();
  if (source.slice(pos).trim() !== '') throw new Error('content after the root element');
  return root;
}
