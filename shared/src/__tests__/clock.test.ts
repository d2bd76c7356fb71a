import {
  addDays,
  checkReferenceDay,
  daysBetween,
  isCalendarDay,
  now,
  referenceDayForChildren,
  referenceDayFromEnvironment,
  setReferenceDay,
  swedishDate,
  today,
} from '../clock';

/** The process's clock: moved to a reference day, it reads that day in Sweden and keeps running. */
afterAll(() => setReferenceDay(null));

describe('the clock moved to a reference day', () => {
  it.each([
    ['2028-02-29', '10:00'],
    ['2026-12-31', '23:30'],
    ['2027-04-30', '00:05'],
    // The nights the clocks change in Sweden.
    ['2027-03-28', '01:30'],
    ['2027-10-31', '02:30'],
  ])('reads %s at %s Swedish time as today', (day, time) => {
    setReferenceDay(day, time);
    expect(today()).toBe(day);
    const wall = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(now());
    expect(wall).toBe(time);
    expect(referenceDayForChildren()).toBe(`${day}T${time}`);
  });

  it('keeps running from the time it was set to', async () => {
    setReferenceDay('2028-02-29', '10:00');
    const first = now().getTime();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(now().getTime()).toBeGreaterThan(first);
  });

  it('keeps the time of day when only a day is given', () => {
    const before = new Date();
    setReferenceDay('2030-06-15');
    expect(today()).toBe('2030-06-15');
    const shown = (d: Date) =>
      new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Stockholm',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(d);
    // Within a minute of the system's time of day (a run at the turn of a minute may differ by one).
    const minutes = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
    expect(Math.abs(minutes(shown(now())) - minutes(shown(before))) % (24 * 60)).toBeLessThanOrEqual(1);
  });

  it('goes back to the system clock', () => {
    setReferenceDay(null);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
    expect(today()).toBe(swedishDate(new Date()));
    expect(referenceDayForChildren()).toBeNull();
  });
});

describe('reference days as written', () => {
  it('takes days that exist, with or without a time', () => {
    expect(checkReferenceDay('2028-02-29')).toBe('2028-02-29');
    expect(checkReferenceDay('2028-02-29T10:00')).toBe('2028-02-29T10:00');
    expect(referenceDayFromEnvironment({ REFERENCE_DAY: ' 2027-01-01 ' })).toBe('2027-01-01');
    expect(referenceDayFromEnvironment({})).toBeNull();
    expect(referenceDayFromEnvironment({ REFERENCE_DAY: '' })).toBeNull();
  });

  it.each([
    '2027-02-29',
    '2026-13-01',
    '26-12-04',
    '2026-12-04T24:00',
    '2026-12-04T10:60',
    'today',
    '2026-12-04 10:00',
  ])('refuses %s with what is wrong', (value) => {
    expect(() => checkReferenceDay(value)).toThrow(/REFERENCE_DAY (must be a date YYYY-MM-DD|has no such time of day)/);
  });

  it('tells days that exist from days that do not', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2027-02-29')).toBe(false);
    expect(isCalendarDay('2027-04-31')).toBe(false);
    expect(isCalendarDay('2027-4-30')).toBe(false);
  });

  it('counts days across month, year and leap-day ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2028-01-01', '2027-01-01')).toBe(-365);
  });
});
