/**
 * Custom ticket fields of every Zendesk type, made through the control API: each shows in the trigger definitions
 * with the operators of its type, and triggers that test or set it are checked against its type (a real nukosuke
 * trigger on a text field, `custom_fields_<id> is / is_not / includes_string`, can now be made).
 */
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { TOKEN, send } from './http';

describe('emulator: custom ticket fields of every type', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
  });
  afterAll(() => emu.close());

  const api = (path: string, init: Parameters<typeof send>[1] = {}) => send(`${emu.accountUrl('fields')}/api/v2${path}`, { auth: TOKEN, ...init });
  const OPTIONS = [{ name: 'Gold', value: 'tier_gold' }, { name: 'Silver', value: 'tier_silver' }];
  type Def = { subject: string; type: string; operators?: { value: string }[]; values?: { value: string }[] };
  const defs = async () => (await api('/triggers/definitions')).json().definitions as { conditions_all: Def[]; actions: Def[] };
  const create = (conditions: unknown[], actions: unknown[] = [{ field: 'status', value: 'open' }]) =>
    api('/triggers', { method: 'POST', body: { trigger: { title: 'On a custom field', conditions: { all: conditions }, actions } } });

  const ids: Record<string, number> = {};
  beforeAll(async () => {
    const fields = [
      { type: 'text', title: 'Order reference' },
      { type: 'textarea', title: 'Notes' },
      { type: 'checkbox', title: 'VIP' },
      { type: 'date', title: 'Renewal' },
      { type: 'integer', title: 'Seats' },
      { type: 'decimal', title: 'Amount' },
      { type: 'regexp', title: 'Serial', regexp_for_validation: '^[A-Z]{3}\\d+$' },
      { type: 'partialcreditcard', title: 'Card' },
      { type: 'multiselect', title: 'Products', custom_field_options: OPTIONS },
      { type: 'dropdown', title: 'Tier', custom_field_options: OPTIONS },
      { type: 'lookup', title: 'Account manager', relationship_target_type: 'zen:user' },
    ];
    for (const field of fields) ids[field.type] = (await emu.control.addTicketField('fields', field)).id;
  });

  it('lists each in the definitions with the operators of its type (credit-card fields never; regexp fields only as conditions)', async () => {
    const { conditions_all: conditions, actions } = await defs();
    const operators = (type: string) => conditions.find((d) => d.subject === `custom_fields_${ids[type]}`)?.operators?.map((o) => o.value);
    expect(operators('text')).toEqual(['is', 'is_not', 'present', 'not_present', 'includes_words', 'not_includes_words', 'includes_string', 'not_includes_string']);
    expect(operators('textarea')).toEqual(operators('text'));
    expect(operators('checkbox')).toEqual(['is']);
    expect(operators('integer')).toEqual(['is', 'less_than', 'less_than_equal', 'greater_than', 'greater_than_equal', 'is_not', 'present', 'not_present']);
    expect(operators('decimal')).toEqual(operators('integer'));
    expect(operators('date')).toContain('within_next_n_days');
    expect(operators('regexp')).toEqual(['present', 'not_present']);
    expect(operators('multiselect')).toEqual(['includes', 'not_includes', 'present', 'not_present']);
    expect(operators('dropdown')).toEqual(['is', 'is_not', 'present', 'not_present']);
    expect(operators('lookup')).toEqual(['is', 'is_not', 'present', 'not_present']);
    expect(operators('partialcreditcard')).toBeUndefined();
    const tier = conditions.find((d) => d.subject === `custom_fields_${ids.dropdown}`)!;
    expect(tier.values!.map((v) => v.value)).toEqual(['__NULL__', 'tier_gold', 'tier_silver']);
    const actionTypes = Object.fromEntries(Object.entries(ids).map(([type, id]) => [type, actions.find((d) => d.subject === `custom_fields_${id}`)?.type]));
    expect(actionTypes).toEqual({
      text: 'text', textarea: 'text', checkbox: 'list', date: 'date', integer: 'text', decimal: 'text', regexp: undefined, partialcreditcard: undefined,
      multiselect: 'multiselect_list', dropdown: 'list', lookup: 'text',
    });
  });

  it("takes nukosuke's text-field conditions and values of each field's type", async () => {
    const field = (type: string) => `custom_fields_${ids[type]}`;
    const res = await create(
      [
        { field: field('text'), operator: 'is', value: 'PO-1' },
        { field: field('text'), operator: 'is_not', value: 'PO-2' },
        { field: field('text'), operator: 'includes_string', value: 'PO-' },
        { field: field('checkbox'), operator: 'is', value: 'true' },
        { field: field('date'), operator: 'less_than', value: '2025-01-31' },
        { field: field('date'), operator: 'within_next_n_days', value: '7' },
        { field: field('integer'), operator: 'greater_than', value: '10' },
        { field: field('decimal'), operator: 'is', value: '9.95' },
        { field: field('dropdown'), operator: 'is', value: 'tier_gold' },
        { field: field('lookup'), operator: 'is', value: '1500000000001' },
      ],
      [{ field: field('integer'), value: '12' }, { field: field('dropdown'), value: 'tier_silver' }, { field: field('date'), value: '2025-02-01' }, { field: field('text'), value: 'checked' }],
    );
    expect([res.status, res.text]).toEqual([201, expect.any(String)]);
  });

  it.each([
    ['a whole number field given words', 'integer', 'is', 'ten', "'Seats / Is / ten'"],
    ['a decimal field given a list', 'decimal', 'is', ['1.5'], `'Amount / Is / ["1.5"]'`],
    ['a date field given words', 'date', 'less_than', 'tomorrow', "'Renewal / Before / tomorrow'"],
    ['"within n days" given a date', 'date', 'within_next_n_days', '2025-01-01', "'Renewal / Is within the next / 2025-01-01'"],
    ['a drop-down given an unknown tag', 'dropdown', 'is', 'tier_bronze', "'Tier / Is / tier_bronze'"],
    ['a checkbox given neither true nor false', 'checkbox', 'is', 'maybe', "'VIP / Is / maybe'"],
    ['a text field given a boolean', 'text', 'is', true, "'Order reference / Is / true'"],
  ])('refuses %s', async (_case, type, operator, value, where) => {
    const res = await create([{ field: `custom_fields_${ids[type]}`, operator, value }]);
    expect(res.status).toBe(422);
    expect(res.json().details.base[0].description).toContain(`in ${where}`);
  });

  it('refuses an action that sets a typed field to a value of another type, and a regexp field as an action', async () => {
    expect((await create([{ field: 'priority', operator: 'is', value: 'urgent' }], [{ field: `custom_fields_${ids.integer}`, value: 'many' }])).json().details.base).toEqual([
      { description: `Invalid value '"many"' in 'Seats'` },
    ]);
    expect((await create([{ field: 'priority', operator: 'is', value: 'urgent' }], [{ field: `custom_fields_${ids.regexp}`, value: 'ABC1' }])).json().details.base).toEqual([
      { description: `Invalid field 'custom_fields_${ids.regexp}' in action` },
    ]);
  });

  it('does not list an inactive field', async () => {
    const inactive = await emu.control.addTicketField('fields', { type: 'text', title: 'Retired', active: false });
    expect((await defs()).conditions_all.map((d) => d.subject)).not.toContain(`custom_fields_${inactive.id}`);
  });

  it.each([
    ['an unknown type', { type: 'colour', title: 'x' }, /^"type" must be one of text, textarea, checkbox/],
    ['no title', { type: 'text' }, /^"title" must be a non-empty string, got undefined\.$/],
    ['a drop-down without options', { type: 'tagger', title: 'x' }, /^a tagger field needs "custom_field_options"/],
    ['options on a text field', { type: 'text', title: 'x', custom_field_options: OPTIONS }, /^only tagger \(drop-down\) and multiselect fields take "custom_field_options"/],
    ['a regexp field without its pattern', { type: 'regexp', title: 'x' }, /^a regexp field needs "regexp_for_validation"/],
    ['an unknown key', { type: 'text', title: 'x', colour: 'red' }, /^the ticket field has an unknown key "colour"/],
  ])('refuses a ticket field with %s (400), adding nothing', async (_case, field, description) => {
    const before = (await emu.control.directory('fields')).ticketFields;
    const res = await send(`${emu.url}/__emulator/accounts/fields/ticket-fields`, { method: 'POST', body: { ticket_field: field } });
    expect([res.status, res.json()]).toEqual([400, { error: 'InvalidRequest', description: expect.stringMatching(description) }]);
    expect((await emu.control.directory('fields')).ticketFields).toEqual(before);
  });
});
