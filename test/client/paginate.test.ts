import { nextPage, pathBelowRoot, withQueryParam } from '../../src/client/paginate';

describe('pagination links', () => {
  it('maps links below the root to paths, keeping the query', () => {
    expect(pathBelowRoot('https://acme.zendesk.com', 'https://acme.zendesk.com/api/v2/triggers.json?page%5Bafter%5D=abc&page%5Bsize%5D=100')).toBe(
      '/api/v2/triggers.json?page%5Bafter%5D=abc&page%5Bsize%5D=100',
    );
    expect(pathBelowRoot('http://127.0.0.1:8080/acme', 'http://127.0.0.1:8080/acme/api/v2/triggers?page[after]=x')).toBe('/api/v2/triggers?page[after]=x');
  });

  it('refuses links to another host, scheme, port or account', () => {
    expect(pathBelowRoot('https://acme.zendesk.com', 'https://evil.example/api/v2/triggers')).toBeUndefined();
    expect(pathBelowRoot('https://acme.zendesk.com', 'http://acme.zendesk.com/api/v2/triggers')).toBeUndefined();
    expect(pathBelowRoot('http://127.0.0.1:8080/acme', 'http://127.0.0.1:9090/acme/api/v2/x')).toBeUndefined();
    expect(pathBelowRoot('http://127.0.0.1:8080/acme', 'http://127.0.0.1:8080/other/api/v2/x')).toBeUndefined();
    expect(pathBelowRoot('http://127.0.0.1:8080/acme', 'http://127.0.0.1:8080/acmecorp/api/v2/x')).toBeUndefined();
  });

  it('follows links.next while has_more', () => {
    const root = 'https://acme.zendesk.com';
    expect(nextPage(root, { meta: { has_more: true }, links: { next: `${root}/api/v2/triggers?page[after]=b` } }, '/api/v2/triggers')).toEqual({
      path: '/api/v2/triggers?page[after]=b',
    });
    expect(nextPage(root, { meta: { has_more: false }, links: { next: `${root}/x` } }, '/x')).toEqual({ done: true });
  });

  it('falls back to after_cursor when the link is unusable', () => {
    const page = { meta: { has_more: true, after_cursor: 'c2' }, links: { next: 'https://evil.example/x' } };
    expect(nextPage('https://acme.zendesk.com', page, '/api/v2/triggers?page%5Bsize%5D=100')).toEqual({
      path: '/api/v2/triggers?page%5Bsize%5D=100&page%5Bafter%5D=c2',
    });
    expect(nextPage('https://acme.zendesk.com', { meta: { has_more: true } }, '/x')).toHaveProperty('error');
  });

  it('follows offset next_page and stops without any marker', () => {
    expect(nextPage('https://a.zendesk.com', { next_page: 'https://a.zendesk.com/api/v2/triggers/search?page=2' }, '/x')).toEqual({
      path: '/api/v2/triggers/search?page=2',
    });
    expect(nextPage('https://a.zendesk.com', { next_page: null, triggers: [] }, '/x')).toEqual({ done: true });
  });

  it('sets a query parameter', () => {
    expect(withQueryParam('/a', 'page[after]', 'x')).toBe('/a?page%5Bafter%5D=x');
    expect(withQueryParam('/a?page%5Bafter%5D=y&b=1', 'page[after]', 'x')).toBe('/a?page%5Bafter%5D=x&b=1');
  });
});
