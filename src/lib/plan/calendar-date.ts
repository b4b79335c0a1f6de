/** Dates as the documents print them (`2019年1月15日`), read into ISO days. */

/** The ISO day `YYYY-MM-DD` of a printed year, month and day, or undefined when they name no day of the calendar. */
export function isoDate(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}
