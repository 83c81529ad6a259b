/** Review periods: ISO weeks (their year is their Thursday's), months, the last full ones, and ids read back. */
import { toDateSerial } from "../../../src/core/excelDate";
import {
  lastFullMonth,
  lastFullWeek,
  monthOf,
  periodFromId,
  recentPeriods,
  weekOf,
  weekdayOfSerial,
} from "../../../src/core/review/period";

const serial = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return toDateSerial({ year, month, day });
};

describe("review periods", () => {
  it("numbers weeks as ISO 8601 does, across the turn of a year", () => {
    expect(weekOf(serial("2026-11-16"))).toMatchObject({
      id: "2026-W47",
      from: serial("2026-11-16"),
      to: serial("2026-11-22"),
      beforeFrom: serial("2026-11-09"),
      beforeTo: serial("2026-11-15"),
    });
    // 2026-01-01 is a Thursday: its week, from Monday 2025-12-29, is 2026's first.
    expect(weekOf(serial("2025-12-29")).id).toBe("2026-W01");
    // 2027-01-01 is a Friday: its week is 2026's last, W53.
    expect(weekOf(serial("2026-12-28")).id).toBe("2026-W53");
    expect(weekOf(serial("2027-01-04")).id).toBe("2027-W01");
    expect(weekdayOfSerial(serial("2026-11-16"))).toBe(1);
    expect(weekdayOfSerial(serial("2026-11-22"))).toBe(7);
  });

  it("takes the last full week and month before a day, never the one in progress", () => {
    expect(lastFullWeek(serial("2026-11-24")).id).toBe("2026-W47");
    // On a Monday, last week has just ended.
    expect(lastFullWeek(serial("2026-11-23")).id).toBe("2026-W47");
    expect(lastFullWeek(serial("2026-11-22")).id).toBe("2026-W46");
    expect(lastFullMonth(serial("2026-11-24"))).toMatchObject({
      id: "2026-10",
      from: serial("2026-10-01"),
      to: serial("2026-10-31"),
      beforeFrom: serial("2026-09-01"),
      beforeTo: serial("2026-09-30"),
    });
    expect(monthOf({ year: 2027, month: 1, day: 9 })).toMatchObject({
      id: "2027-01",
      beforeFrom: serial("2026-12-01"),
      to: serial("2027-01-31"),
    });
    expect(recentPeriods(serial("2026-11-24")).map((p) => p.id)).toEqual([
      "2026-W47",
      "2026-W46",
      "2026-W45",
      "2026-W44",
      "2026-W43",
      "2026-W42",
      "2026-W41",
      "2026-W40",
      "2026-10",
      "2026-09",
      "2026-08",
    ]);
  });

  it("reads a period back from its id, and nothing from what is not one", () => {
    for (const p of recentPeriods(serial("2027-01-12"), 12, 3)) expect(periodFromId(p.id)).toEqual(p);
    expect(periodFromId("2026-W54")).toBeNull();
    expect(periodFromId("2026-W00")).toBeNull();
    expect(periodFromId("2026-13")).toBeNull();
    expect(periodFromId("last week")).toBeNull();
  });
});
