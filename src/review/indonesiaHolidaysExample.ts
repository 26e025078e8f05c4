import type { Localized } from "../model/types.js";

/**
 * One day of {@link indonesiaHolidaysExample}.
 *
 * @category Review statistics
 */
export interface HolidayExample {
  readonly date: string;
  /** `national_holiday` (hari libur nasional) or `collective_leave` (cuti bersama). */
  readonly kind: "national_holiday" | "collective_leave";
  readonly name: Localized;
}

const national = (date: string, en: string, id: string): HolidayExample =>
  Object.freeze({ date, kind: "national_holiday", name: Object.freeze({ en, id }) });
const leave = (date: string, en: string, id: string): HolidayExample =>
  Object.freeze({ date, kind: "collective_leave", name: Object.freeze({ en, id }) });

/**
 * **EXAMPLE DATA, NOT AUTHORITY.** Indonesian national holidays (hari libur nasional) and collective
 * leave days (cuti bersama) of 2025 and 2026 as announced in the joint ministerial decrees (SKB 3
 * Menteri) for those years, to show the shape of a holiday list for {@link countBusinessDays}.
 * The government revises these lists (days are added, moved or declared as collective leave during
 * the year), and collective leave binds civil servants, not every employer. Keep and check your own
 * list against the current decree; kinerja will not update this one.
 *
 * @example
 * ```ts
 * import { indonesiaHolidaysExample } from "kinerja";
 *
 * const eid = indonesiaHolidaysExample.filter((day) => day.date.startsWith("2026-03"));
 * console.log(eid.map((day) => `${day.date} ${day.kind}`).join("\n"));
 * // 2026-03-18 collective_leave
 * // 2026-03-19 national_holiday
 * // 2026-03-20 collective_leave
 * // 2026-03-21 national_holiday
 * // 2026-03-22 national_holiday
 * // 2026-03-23 collective_leave
 * // 2026-03-24 collective_leave
 * ```
 * @category Review statistics
 */
export const indonesiaHolidaysExample: readonly HolidayExample[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ national("2025-01-01", "New Year's Day", "Tahun Baru Masehi"),
  /* @__PURE__ */ national("2025-01-27", "Isra Mi'raj", "Isra Mikraj Nabi Muhammad SAW"),
  /* @__PURE__ */ leave(
    "2025-01-28",
    "Chinese New Year (collective leave)",
    "Cuti bersama Tahun Baru Imlek",
  ),
  /* @__PURE__ */ national("2025-01-29", "Chinese New Year", "Tahun Baru Imlek 2576 Kongzili"),
  /* @__PURE__ */ leave("2025-03-28", "Nyepi (collective leave)", "Cuti bersama Hari Suci Nyepi"),
  /* @__PURE__ */ national("2025-03-29", "Nyepi", "Hari Suci Nyepi (Tahun Baru Saka 1947)"),
  /* @__PURE__ */ national("2025-03-31", "Eid al-Fitr", "Idulfitri 1446 Hijriah"),
  /* @__PURE__ */ national("2025-04-01", "Eid al-Fitr", "Idulfitri 1446 Hijriah"),
  /* @__PURE__ */ leave("2025-04-02", "Eid al-Fitr (collective leave)", "Cuti bersama Idulfitri"),
  /* @__PURE__ */ leave("2025-04-03", "Eid al-Fitr (collective leave)", "Cuti bersama Idulfitri"),
  /* @__PURE__ */ leave("2025-04-04", "Eid al-Fitr (collective leave)", "Cuti bersama Idulfitri"),
  /* @__PURE__ */ leave("2025-04-07", "Eid al-Fitr (collective leave)", "Cuti bersama Idulfitri"),
  /* @__PURE__ */ national("2025-04-18", "Good Friday", "Wafat Yesus Kristus"),
  /* @__PURE__ */ national("2025-04-20", "Easter Sunday", "Kebangkitan Yesus Kristus (Paskah)"),
  /* @__PURE__ */ national("2025-05-01", "Labour Day", "Hari Buruh Internasional"),
  /* @__PURE__ */ national("2025-05-12", "Vesak", "Hari Raya Waisak 2569 BE"),
  /* @__PURE__ */ leave("2025-05-13", "Vesak (collective leave)", "Cuti bersama Hari Raya Waisak"),
  /* @__PURE__ */ national("2025-05-29", "Ascension of Jesus", "Kenaikan Yesus Kristus"),
  /* @__PURE__ */ leave(
    "2025-05-30",
    "Ascension (collective leave)",
    "Cuti bersama Kenaikan Yesus Kristus",
  ),
  /* @__PURE__ */ national("2025-06-01", "Pancasila Day", "Hari Lahir Pancasila"),
  /* @__PURE__ */ national("2025-06-06", "Eid al-Adha", "Iduladha 1446 Hijriah"),
  /* @__PURE__ */ leave("2025-06-09", "Eid al-Adha (collective leave)", "Cuti bersama Iduladha"),
  /* @__PURE__ */ national("2025-06-27", "Islamic New Year", "Tahun Baru Islam 1447 Hijriah"),
  /* @__PURE__ */ national("2025-08-17", "Independence Day", "Hari Proklamasi Kemerdekaan RI"),
  /* @__PURE__ */ national("2025-09-05", "Prophet's Birthday", "Maulid Nabi Muhammad SAW"),
  /* @__PURE__ */ national("2025-12-25", "Christmas Day", "Kelahiran Yesus Kristus (Natal)"),
  /* @__PURE__ */ leave("2025-12-26", "Christmas (collective leave)", "Cuti bersama Natal"),
  /* @__PURE__ */ national("2026-01-01", "New Year's Day", "Tahun Baru Masehi"),
  /* @__PURE__ */ national("2026-01-16", "Isra Mi'raj", "Isra Mikraj Nabi Muhammad SAW"),
  /* @__PURE__ */ leave(
    "2026-02-16",
    "Chinese New Year (collective leave)",
    "Cuti bersama Tahun Baru Imlek",
  ),
  /* @__PURE__ */ national("2026-02-17", "Chinese New Year", "Tahun Baru Imlek 2577 Kongzili"),
  /* @__PURE__ */ leave("2026-03-18", "Nyepi (collective leave)", "Cuti bersama Hari Suci Nyepi"),
  /* @__PURE__ */ national("2026-03-19", "Nyepi", "Hari Suci Nyepi (Tahun Baru Saka 1948)"),
  /* @__PURE__ */ leave("2026-03-20", "Eid al-Fitr (collective leave)", "Cuti bersama Idulfitri"),
  /* @__PURE__ */ national("2026-03-21", "Eid al-Fitr", "Idulfitri 1447 Hijriah"),
  /* @__PURE__ */ national("2026-03-22", "Eid al-Fitr", "Idulfitri 1447 Hijriah"),
  /* @__PURE__ */ leave("2026-03-23", "Eid al-Fitr (collective leave)", "Cuti bersama Idulfitri"),
  /* @__PURE__ */ leave("2026-03-24", "Eid al-Fitr (collective leave)", "Cuti bersama Idulfitri"),
  /* @__PURE__ */ national("2026-04-03", "Good Friday", "Wafat Yesus Kristus"),
  /* @__PURE__ */ national("2026-04-05", "Easter Sunday", "Kebangkitan Yesus Kristus (Paskah)"),
  /* @__PURE__ */ national("2026-05-01", "Labour Day", "Hari Buruh Internasional"),
  /* @__PURE__ */ national("2026-05-14", "Ascension of Jesus", "Kenaikan Yesus Kristus"),
  /* @__PURE__ */ leave(
    "2026-05-15",
    "Ascension (collective leave)",
    "Cuti bersama Kenaikan Yesus Kristus",
  ),
  /* @__PURE__ */ national("2026-05-27", "Eid al-Adha", "Iduladha 1447 Hijriah"),
  /* @__PURE__ */ leave("2026-05-28", "Eid al-Adha (collective leave)", "Cuti bersama Iduladha"),
  /* @__PURE__ */ national("2026-05-31", "Vesak", "Hari Raya Waisak 2570 BE"),
  /* @__PURE__ */ national("2026-06-01", "Pancasila Day", "Hari Lahir Pancasila"),
  /* @__PURE__ */ national("2026-06-16", "Islamic New Year", "Tahun Baru Islam 1448 Hijriah"),
  /* @__PURE__ */ national("2026-08-17", "Independence Day", "Hari Proklamasi Kemerdekaan RI"),
  /* @__PURE__ */ national("2026-08-25", "Prophet's Birthday", "Maulid Nabi Muhammad SAW"),
  /* @__PURE__ */ leave("2026-12-24", "Christmas (collective leave)", "Cuti bersama Natal"),
  /* @__PURE__ */ national("2026-12-25", "Christmas Day", "Kelahiran Yesus Kristus (Natal)"),
]);
