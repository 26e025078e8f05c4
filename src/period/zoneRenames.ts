/**
 * Zone names that older `Intl` data (ICU with CLDR's legacy identifiers, as in Node.js 20) reports
 * as canonical although the IANA time zone database renamed them: the same place, a newer name. A
 * name the runtime resolves to a key here is written as its value, so `"Asia/Calcutta"` and
 * `"Asia/Kolkata"` give one calendar on every runtime. Source: CLDR `bcp47/timezone.xml` (the
 * `iana` attribute) and tzdata's `backward` file; names CLDR keeps for another country's zone
 * (`Europe/Bratislava`, `Arctic/Longyearbyen`, ...) are not renames and stay as they are.
 *
 * @internal
 */
export const ZONE_RENAMES: Readonly<Record<string, string>> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};
