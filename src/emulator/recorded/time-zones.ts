/**
 * The values of the "Time zone" condition (subject requester_time_zone) as a
 * real account lists them: written from `GET /api/v2/triggers/definitions` in
 * salto-io/salto packages/zendesk-adapter/test/mock_replies/myBrand_mock_replies.json
 * (a recorded reply of a real account). Nothing trimmed: 153 zones. Stored
 * compactly by offset; each value is titled "(GMT<offset>) <value>" except
 * where a pair gives the title's own spelling ("Ulaan Bataar" is titled
 * "Ulaanbataar" there).
 */
type Zone = string | [value: string, titledAs: string];

const ZONES_BY_OFFSET: [offset: string, ...zones: Zone[]][] = [
  ['-11:00', 'American Samoa', 'International Date Line West', 'Midway Island'],
  ['-10:00', 'Hawaii'],
  ['-09:00', 'Alaska'],
  ['-08:00', 'Pacific Time (US & Canada)', 'Tijuana'],
  ['-07:00', 'Arizona', 'Chihuahua', 'Mazatlan', 'Mountain Time (US & Canada)'],
  ['-06:00', 'Central America', 'Central Time (US & Canada)', 'Guadalajara', 'Mexico City', 'Monterrey', 'Saskatchewan'],
  ['-05:00', 'Bogota', 'Eastern Time (US & Canada)', 'Indiana (East)', 'Lima', 'Quito'],
  ['-04:00', 'Atlantic Time (Canada)', 'Caracas', 'Georgetown', 'La Paz', 'Puerto Rico'],
  ['-03:30', 'Newfoundland'],
  ['-03:00', 'Brasilia', 'Buenos Aires', 'Greenland', 'Montevideo', 'Santiago'],
  ['-02:00', 'Mid-Atlantic'],
  ['-01:00', 'Azores', 'Cape Verde Is.'],
  ['+00:00', 'Dublin', 'Edinburgh', 'Lisbon', 'London', 'Monrovia', 'UTC'],
  ['+01:00', 'Amsterdam', 'Belgrade', 'Berlin', 'Bern', 'Bratislava', 'Brussels', 'Budapest', 'Casablanca', 'Copenhagen', 'Ljubljana', 'Madrid', 'Oslo', 'Paris', 'Prague', 'Rome', 'Sarajevo', 'Skopje', 'Stockholm', 'Vienna', 'Warsaw', 'West Central Africa', 'Zagreb'],
  ['+02:00', 'Athens', 'Bucharest', 'Cairo', 'Harare', 'Helsinki', 'Jerusalem', 'Kaliningrad', 'Kyev', 'Kyiv', 'Pretoria', 'Riga', 'Sofia', 'Tallinn', 'Vilnius'],
  ['+03:00', 'Baghdad', 'Istanbul', 'Kuwait', 'Minsk', 'Moscow', 'Nairobi', 'Riyadh', 'St. Petersburg'],
  ['+03:30', 'Tehran'],
  ['+04:00', 'Abu Dhabi', 'Baku', 'Muscat', 'Samara', 'Tbilisi', 'Volgograd', 'Yerevan'],
  ['+04:30', 'Kabul'],
  ['+05:00', 'Ekaterinburg', 'Islamabad', 'Karachi', 'Tashkent'],
  ['+05:30', 'Chennai', 'Kolkata', 'Mumbai', 'New Delhi', 'Sri Jayawardenepura'],
  ['+05:45', 'Kathmandu'],
  ['+06:00', 'Almaty', 'Astana', 'Dhaka', 'Urumqi'],
  ['+06:30', 'Rangoon'],
  ['+07:00', 'Bangkok', 'Hanoi', 'Jakarta', 'Krasnoyarsk', 'Novosibirsk'],
  ['+08:00', 'Beijing', 'Chongqing', 'Hong Kong', 'Irkutsk', 'Kuala Lumpur', 'Perth', 'Singapore', 'Taipei', ['Ulaan Bataar', 'Ulaanbataar'], 'Ulaanbaatar'],
  ['+09:00', 'Osaka', 'Sapporo', 'Seoul', 'Tokyo', 'Yakutsk'],
  ['+09:30', 'Darwin'],
  ['+10:00', 'Brisbane', 'Guam', 'Port Moresby', 'Vladivostok'],
  ['+10:30', 'Adelaide'],
  ['+11:00', 'Canberra', 'Hobart', 'Magadan', 'Melbourne', 'New Caledonia', 'Solomon Is.', 'Srednekolymsk', 'Sydney'],
  ['+12:00', 'Kamchatka', 'Marshall Is.'],
  ['+13:00', 'Auckland', 'Fiji', "Nuku'alofa", 'Tokelau Is.', 'Wellington'],
  ['+13:45', 'Chatham Is.'],
  ['+14:00', 'Samoa'],
];

export interface RecordedValue {
  value: string;
  title: string;
  enabled: boolean;
}

export const TIME_ZONE_VALUES: RecordedValue[] = ZONES_BY_OFFSET.flatMap(([offset, ...zones]) =>
  zones.map((zone) => {
    const [value, name] = typeof zone === 'string' ? [zone, zone] : zone;
    return { value, title: `(GMT${offset}) ${name}`, enabled: true };
  }),
);
