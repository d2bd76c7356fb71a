/**
 * Who can take part in Malmökraften (målgrupp): Malmö residents over 30,
 * without work for at least 12 months, registered at Arbetsförmedlingen.
 * People referred by Försäkringskassan (long-term sick) enter through FK
 * and meet the same rules.
 */
export interface EligibilityFacts {
  personnummer: string;
  enrolledOn: string;
  residentInMalmo: boolean;
  registeredAtAf: boolean;
  monthsWithoutWork: number;
}

export const MINIMUM_AGE = 30;
export const MINIMUM_MONTHS_WITHOUT_WORK = 12;

export function ageOn(personnummer: string, date: string): number {
  const born = {
    y: Number(personnummer.slice(0, 4)),
    m: Number(personnummer.slice(4, 6)),
    d: Number(personnummer.slice(6, 8)),
  };
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let age = y - born.y;
  if (m < born.m || (m === born.m && d < born.d)) age -= 1;
  return age;
}

export function checkEligibility(f: EligibilityFacts): { eligible: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (!f.residentInMalmo) reasons.push('The programme is for people who live in Malmö.');
  const age = ageOn(f.personnummer, f.enrolledOn);
  if (age <= MINIMUM_AGE) reasons.push(`The programme is for people over ${MINIMUM_AGE}; the person is ${age}.`);
  if (!Number.isInteger(f.monthsWithoutWork) || f.monthsWithoutWork < 0)
    reasons.push('Months without work must be a whole number, 0 or more.');
  else if (f.monthsWithoutWork < MINIMUM_MONTHS_WITHOUT_WORK) {
    reasons.push(
      `The programme is for people without work for at least ${MINIMUM_MONTHS_WITHOUT_WORK} months; the person has been without work for ${f.monthsWithoutWork}.`,
    );
  }
  if (!f.registeredAtAf) reasons.push('The person must be registered at Arbetsförmedlingen.');
  return { eligible: reasons.length === 0, reasons };
}
