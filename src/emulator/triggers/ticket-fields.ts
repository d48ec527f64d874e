/**
 * The account's custom ticket fields, as far as triggers see them: each one is
 * a condition and an action subject `custom_fields_<id>` in the definitions
 * [DOC TR-DOC definitions example: "custom_fields_20513432"; conditions and
 * actions references]. Every account gets one drop-down and one text field.
 * Their ids differ between accounts (derived from the account name), as real
 * ids do, so nothing can depend on one account's ids by accident.
 */
export interface TicketFieldOption {
  /** The option's tag, which triggers use as the value (assumption: the reference shows no example). */
  value: string;
  name: string;
}

export interface TicketFieldRecord {
  id: number;
  title: string;
  /** Zendesk's ticket field types: "tagger" is a drop-down, "text" a single line of text [DOC ticket fields]. */
  type: 'tagger' | 'text';
  options?: TicketFieldOption[];
}

/** FNV-1a: a small stable hash, so an account keeps its ids across restarts without storing a counter. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function defaultTicketFields(account: string): TicketFieldRecord[] {
  // Zendesk ids are large integers; 3600002xxxxx0 keeps them apart from the emulator's trigger ids.
  const base = 36000020000000 + (hash(account) % 100000) * 10;
  return [
    {
      id: base + 1,
      title: 'Product',
      type: 'tagger',
      options: [
        { value: 'product_web', name: 'Web app' },
        { value: 'product_mobile', name: 'Mobile app' },
      ],
    },
    { id: base + 2, title: 'Order number', type: 'text' },
  ];
}
