import { GraphQLError } from 'graphql';
import {
  ageBand,
  ageOn,
  assistanceOn,
  backgroundOf,
  checkDimensions,
  countWithin,
  daysToWorkOrStudies,
  dischargedIn,
  dischargedTo,
  enrolledIn,
  fkEntryIn,
  median,
  ongoingIn,
  progressOf,
  onTrackOf,
  legalGenderOf,
  REHAB_COOPERATION_OUTCOMES,
  shareWithin,
  socialAssistanceOutcome,
  STUDIES_OUTCOMES,
  targetFor,
  WITHIN_12_MONTHS_DAYS,
  WITHIN_6_MONTHS_DAYS,
  WORK_OR_STUDIES_OUTCOMES,
  WORK_OUTCOMES,
  type AssistancePeriod,
  type ParticipationFacts,
} from '../figures';
import { parsePeriod } from '../period';

const TODAY = '2026-11-25';
const T1 = parsePeriod('2026-T1', TODAY); // 2026-01-01 up to 2026-05-01

/**
 * Hand-made participants around 2026-T1, each placed on a boundary.
 * The expected answers are worked out by hand in the comments.
 */
const people: Record<string, ParticipationFacts> = {
  A: { enrolledOn: '2025-10-01', dischargedOn: '2026-02-10', outcome: 'WORK_UNSUBSIDISED', entryRoute: 'AF' }, // 132 days
  B: { enrolledOn: '2026-01-01', dischargedOn: null, outcome: null, entryRoute: 'AF' }, // enrolled on the first day
  C: { enrolledOn: '2026-04-30', dischargedOn: null, outcome: null, entryRoute: 'FK' }, // enrolled on the last day, from FK
  D: { enrolledOn: '2026-05-01', dischargedOn: null, outcome: null, entryRoute: 'FK' }, // the day after: not in T1
  E: { enrolledOn: '2025-03-01', dischargedOn: '2025-12-31', outcome: 'MOVED', entryRoute: 'AF' }, // left the day before
  F: { enrolledOn: '2025-03-01', dischargedOn: '2026-01-01', outcome: 'STUDIES', entryRoute: 'SOCIAL_SERVICES' }, // 306 days
  G: {
    enrolledOn: '2024-11-01',
    dischargedOn: '2026-04-30',
    outcome: 'WORK_SUBSIDISED',
    entryRoute: 'SOCIAL_SERVICES',
  }, // 545 days
  H: { enrolledOn: '2025-06-01', dischargedOn: '2026-03-15', outcome: 'REHAB_COOPERATION', entryRoute: 'FK' }, // FK, but enrolled in 2025
  I: { enrolledOn: '2025-09-01', dischargedOn: '2026-05-01', outcome: 'MOVED', entryRoute: 'AF' }, // left the day after
  J: { enrolledOn: '2026-02-01', dischargedOn: '2026-02-01', outcome: 'ENDED_OTHER', entryRoute: 'AF' }, // in and out the same day
};
const who = (pred: (p: ParticipationFacts) => boolean) =>
  Object.entries(people)
    .filter(([, p]) => pred(p))
    .map(([k]) => k);

describe('who each figure counts (docs/REPORT-DEFINITIONS.md), on hand-made data', () => {
  it('enrolled in the period: the enrolment date lies in it', () => {
    expect(who((p) => enrolledIn(p, T1))).toEqual(['B', 'C', 'J']);
  });

  it('ongoing in the period: enrolled on or before its last day and not discharged before its first day', () => {
    expect(who((p) => ongoingIn(p, T1))).toEqual(['A', 'B', 'C', 'F', 'G', 'H', 'I', 'J']);
  });

  it('discharged in the period: the discharge date lies in it', () => {
    expect(who((p) => dischargedIn(p, T1))).toEqual(['A', 'F', 'G', 'H', 'J']);
  });

  it('to work (subsidised or not), to studies, to work or studies, to rehabiliteringssamverkan', () => {
    expect(who((p) => dischargedTo(p, T1, WORK_OUTCOMES))).toEqual(['A', 'G']);
    expect(who((p) => dischargedTo(p, T1, ['WORK_SUBSIDISED']))).toEqual(['G']);
    expect(who((p) => dischargedTo(p, T1, STUDIES_OUTCOMES))).toEqual(['F']);
    expect(who((p) => dischargedTo(p, T1, WORK_OR_STUDIES_OUTCOMES))).toEqual(['A', 'F', 'G']);
    expect(who((p) => dischargedTo(p, T1, REHAB_COOPERATION_OUTCOMES))).toEqual(['H']);
  });

  it('FK entries: enrolled in the period by the entry route FK', () => {
    expect(who((p) => fkEntryIn(p, T1))).toEqual(['C']);
  });

  it('time to work or studies: days from enrolment to discharge, median and shares within 183 and 365 days', () => {
    const days = Object.values(people)
      .map((p) => daysToWorkOrStudies(p, T1))
      .filter((d): d is number => d !== null);
    expect(days).toEqual([132, 306, 545]);
    expect(median(days)).toBe(306);
    expect(countWithin(days, WITHIN_6_MONTHS_DAYS)).toBe(1);
    expect(countWithin(days, WITHIN_12_MONTHS_DAYS)).toBe(2);
    expect(shareWithin(days, WITHIN_6_MONTHS_DAYS)).toBeCloseTo(1 / 3);
  });
});

describe('the social-assistance share, on Malmö’s own dates', () => {
  const enrolledOn = '2025-05-01';
  const dischargedOn = '2026-02-01';
  const cases: [
    string,
    { enrolledOn: string; dischargedOn: string | null },
    AssistancePeriod[],
    { inPopulation: boolean; left: boolean },
  ][] = [
    [
      'assistance ending on the discharge day: left',
      { enrolledOn, dischargedOn },
      [{ startDate: '2025-01-01', endDate: '2026-02-01' }],
      { inPopulation: true, left: true },
    ],
    [
      'assistance still open: not left',
      { enrolledOn, dischargedOn },
      [{ startDate: '2025-01-01', endDate: null }],
      { inPopulation: true, left: false },
    ],
    [
      'assistance starting on the enrolment day counts as at enrolment',
      { enrolledOn, dischargedOn },
      [{ startDate: '2025-05-01', endDate: '2025-12-31' }],
      { inPopulation: true, left: true },
    ],
    [
      'assistance starting after enrolment: not in the population',
      { enrolledOn, dischargedOn },
      [{ startDate: '2025-06-01', endDate: null }],
      { inPopulation: false, left: false },
    ],
    [
      'assistance ended the day before enrolment: not in the population',
      { enrolledOn, dischargedOn },
      [{ startDate: '2024-01-01', endDate: '2025-04-30' }],
      { inPopulation: false, left: false },
    ],
    [
      'a new period from the day after discharge: not left',
      { enrolledOn, dischargedOn },
      [
        { startDate: '2025-01-01', endDate: '2026-01-31' },
        { startDate: '2026-02-02', endDate: null },
      ],
      { inPopulation: true, left: false },
    ],
    [
      'discharged after the period: not counted',
      { enrolledOn, dischargedOn: '2026-05-01' },
      [{ startDate: '2025-01-01', endDate: '2026-05-01' }],
      { inPopulation: false, left: false },
    ],
    [
      'not discharged: not counted',
      { enrolledOn, dischargedOn: null },
      [{ startDate: '2025-01-01', endDate: null }],
      { inPopulation: false, left: false },
    ],
  ];
  it.each(cases)('%s', (_name, p, periods, expected) => {
    expect(socialAssistanceOutcome(p, periods, T1)).toEqual(expected);
  });

  it('over the cases: 4 in the population, 2 left, a share of 50 %', () => {
    const results = cases.map(([, p, periods]) => socialAssistanceOutcome(p, periods, T1));
    expect(results.filter((r) => r.inPopulation)).toHaveLength(4);
    expect(results.filter((r) => r.left)).toHaveLength(2);
  });

  it('a period covers its first and last day', () => {
    const periods = [{ startDate: '2026-01-10', endDate: '2026-01-20' }];
    expect(['2026-01-09', '2026-01-10', '2026-01-20', '2026-01-21'].map((d) => assistanceOn(periods, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('median and shares', () => {
  it('the median of an odd number of values is the middle one, in any order', () => {
    expect(median([7])).toBe(7);
    expect(median([300, 10, 45])).toBe(45);
    expect(median([5, 1, 4, 2, 3])).toBe(3);
  });
  it('the median of an even number of values is the mean of the two middle ones', () => {
    expect(median([10, 20])).toBe(15);
    expect(median([1, 100, 2, 3])).toBe(2.5);
    expect(median([4, 4, 4, 4])).toBe(4);
  });
  it('the median of nothing is not defined', () => {
    expect(() => median([])).toThrow();
  });
  it('within a limit counts the limit itself', () => {
    expect(countWithin([0, 182, 183, 184, 365, 366], 183)).toBe(3);
    expect(countWithin([0, 182, 183, 184, 365, 366], 365)).toBe(5);
    expect(shareWithin([183, 184], 183)).toBe(0.5);
    expect(shareWithin([], 183)).toBeNull();
  });
});

describe('age bands, by age at enrolment', () => {
  it('a birthday counts from the day itself', () => {
    expect(ageOn('1986-03-15', '2026-03-14')).toBe(39);
    expect(ageOn('1986-03-15', '2026-03-15')).toBe(40);
  });
  it('someone born on 29 February is a year older on 1 March in other years', () => {
    expect(ageOn('1984-02-29', '2025-02-28')).toBe(40);
    expect(ageOn('1984-02-29', '2025-03-01')).toBe(41);
    expect(ageOn('1984-02-29', '2028-02-29')).toBe(44);
  });
  it('bands 30–39, 40–49, 50–59 and 60+', () => {
    expect(ageBand('1986-03-15', '2026-03-14')).toBe('AGE_30_39');
    expect(ageBand('1986-03-15', '2026-03-15')).toBe('AGE_40_49');
    expect(ageBand('1976-03-15', '2026-03-14')).toBe('AGE_40_49');
    expect(ageBand('1976-03-15', '2026-03-15')).toBe('AGE_50_59');
    expect(ageBand('1966-03-15', '2026-03-14')).toBe('AGE_50_59');
    expect(ageBand('1966-03-15', '2026-03-15')).toBe('AGE_60_PLUS');
    expect(ageBand('1940-01-01', '2026-03-15')).toBe('AGE_60_PLUS');
  });
  it('the first band holds everyone under 40 (eligibility requires over 30, so no one is left out)', () => {
    expect(ageBand('1995-06-01', '2026-03-15')).toBe('AGE_30_39');
  });
  it('background: born outside Europe or not', () => {
    expect(backgroundOf(true)).toBe('BORN_OUTSIDE_EUROPE');
    expect(backgroundOf(false)).toBe('BORN_IN_EUROPE');
  });
});

describe('dimensions a table may be grouped by', () => {
  const refused = (dims: string[]): GraphQLError => {
    try {
      checkDimensions(dims);
    } catch (e) {
      if (e instanceof GraphQLError) return e;
      throw e;
    }
    throw new Error('accepted');
  };
  it('accepts up to two allowlisted dimensions, in one order whatever order they are named in', () => {
    expect(checkDimensions([])).toEqual([]);
    expect(checkDimensions(['TEAM', 'GENDER'])).toEqual(['GENDER', 'TEAM']);
    expect(checkDimensions(['GENDER', 'TEAM'])).toEqual(['GENDER', 'TEAM']);
    expect(checkDimensions(['MONTH', 'OUTCOME'])).toEqual(['OUTCOME', 'MONTH']);
  });
  it('refuses anything else with BAD_USER_INPUT', () => {
    expect(refused(['PERSONNUMMER']).extensions.code).toBe('BAD_USER_INPUT');
    expect(refused(['PERSONNUMMER']).message).toContain('GENDER');
    expect(refused(['GENDER', 'GENDER']).message).toContain('once');
    expect(refused(['GENDER', 'TEAM', 'AGE_BAND']).message).toContain('at most 2');
  });
});

describe('targets and progress', () => {
  const p = (t: string) => parsePeriod(t, TODAY);
  it('a year has its own target: 350, 400, 450 to work or studies; 20 FK entries; 10 to rehab cooperation', () => {
    expect(targetFor('TO_WORK_OR_STUDIES', p('2025'))).toBeCloseTo(350);
    expect(targetFor('TO_WORK_OR_STUDIES', p('2026'))).toBeCloseTo(400);
    expect(targetFor('TO_WORK_OR_STUDIES', p('2027'))).toBeCloseTo(450);
    expect(targetFor('FK_ENTRIES', p('2026'))).toBeCloseTo(20);
    expect(targetFor('TO_REHAB_COOPERATION', p('2026'))).toBeCloseTo(10);
  });
  it('a tertial or month gets its days’ part of the year’s target', () => {
    expect(targetFor('TO_WORK_OR_STUDIES', p('2025-T1'))).toBeCloseTo((350 * 120) / 365);
    expect(targetFor('TO_WORK_OR_STUDIES', p('2026-03'))).toBeCloseTo((400 * 31) / 365);
    const tertials = ['T1', 'T2', 'T3'].map((t) => targetFor('TO_WORK_OR_STUDIES', p(`2027-${t}`)));
    expect(tertials.reduce((a, b) => a + b, 0)).toBeCloseTo(450);
  });
  it('the whole programme so far: the years passed and the part of this one', () => {
    expect(targetFor('TO_WORK_OR_STUDIES', p('ALL'))).toBeCloseTo(350 + (400 * 329) / 365);
    expect(targetFor('TO_WORK_OR_STUDIES', parsePeriod('ALL', '2027-12-31'))).toBeCloseTo(1200);
    expect(targetFor('TO_REHAB_COOPERATION', parsePeriod('ALL', '2027-12-31'))).toBeCloseTo(30);
  });
  it('a share or a level has the same target in every period', () => {
    expect(targetFor('SOCIAL_ASSISTANCE_LEFT', p('2026-03'))).toBe(0.45);
    expect(targetFor('ONGOING', p('2026'))).toBe(1200);
  });
  it('progress is the published value over the target; on track when it has reached what is due by today', () => {
    const mid = progressOf('TO_WORK_OR_STUDIES', { value: 200 }, p('2026'), '2026-06-30');
    expect(mid.target).toBeCloseTo(400);
    expect(mid.dueByToday).toBeCloseTo((400 * 181) / 365);
    expect(mid.progress).toBeCloseTo(0.5);
    expect(mid.onTrack).toBe(true);
    expect(progressOf('TO_WORK_OR_STUDIES', { value: 190 }, p('2026'), '2026-06-30').onTrack).toBe(false);
  });
  it('a period that is over owes its whole target; one that has not begun owes nothing yet', () => {
    expect(progressOf('FK_ENTRIES', { value: 20 }, p('2025'), TODAY).dueByToday).toBeCloseTo(20);
    expect(progressOf('FK_ENTRIES', { value: 0 }, p('2027'), TODAY)).toMatchObject({ dueByToday: 0, onTrack: true });
  });
  it('shares and levels: met when the value reaches the target', () => {
    expect(progressOf('SOCIAL_ASSISTANCE_LEFT', { value: 0.5 }, p('2026'), TODAY)).toMatchObject({
      target: 0.45,
      onTrack: true,
    });
    expect(progressOf('ONGOING', { value: 1150 }, p('2026-10'), TODAY)).toMatchObject({ target: 1200, onTrack: false });
  });
  it('no progress for a withheld value', () => {
    expect(progressOf('FK_ENTRIES', { value: null }, p('2026-03'), TODAY)).toMatchObject({
      progress: null,
      onTrack: null,
    });
  });
  it('on track is decided on the true value, not the rounded one, and only for a published value', () => {
    // 2025 is over: 350 due. 348 is published as 350, yet is not on track; 352 is.
    expect(onTrackOf('TO_WORK_OR_STUDIES', 348, { value: 350 }, p('2025'), TODAY)).toBe(false);
    expect(onTrackOf('TO_WORK_OR_STUDIES', 350, { value: 350 }, p('2025'), TODAY)).toBe(true);
    expect(onTrackOf('TO_WORK_OR_STUDIES', 352, { value: 350 }, p('2025'), TODAY)).toBe(true);
    // 2025-T1: 350 × 120/365 = 115.07 due. 116 publishes 115 and is on track; 115 is not.
    expect(onTrackOf('TO_WORK_OR_STUDIES', 116, { value: 115 }, p('2025-T1'), TODAY)).toBe(true);
    expect(onTrackOf('TO_WORK_OR_STUDIES', 115, { value: 115 }, p('2025-T1'), TODAY)).toBe(false);
    // A share: 44.9 % is behind even when the rounded counts make 45 %; a level: the true average against 1,200.
    expect(onTrackOf('SOCIAL_ASSISTANCE_LEFT', 0.449, { value: 0.45 }, p('2026'), TODAY)).toBe(false);
    expect(onTrackOf('ONGOING', 1199.6, { value: 1200 }, p('2026-10'), TODAY)).toBe(false);
    expect(onTrackOf('ONGOING', 1200, { value: 1200 }, p('2026-10'), TODAY)).toBe(true);
    // No verdict beside a withheld figure.
    expect(onTrackOf('FK_ENTRIES', 3, { value: null }, p('2026-03'), TODAY)).toBeNull();
  });
  it('legal gender from the personnummer: the eleventh of twelve digits, odd for a man', () => {
    expect(legalGenderOf('198001011234')).toBe('MAN');
    expect(legalGenderOf('198001011244')).toBe('WOMAN');
    expect(legalGenderOf('198001611201')).toBe('WOMAN'); // a samordningsnummer (day + 60)
    expect(() => legalGenderOf('8001011234')).toThrow();
  });
});
