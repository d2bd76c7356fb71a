import { addDays } from '@malmokraften/shared';
import type { TestSystem } from './harness';

/**
 * Fixtures for the visibility matrix: fresh people created through the real
 * mutations, each with records of every category at every agency and one
 * consent state at every agency. Everything goes through the gateway as the
 * persona who would do it in the programme.
 */

export const CONSENT_STATES = ['NONE', 'ACTIVE', 'EXPIRED', 'WITHDRAWN', 'NOT_YET_VALID'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export type Party = 'AF' | 'MALMO_SOCIAL_SERVICES' | 'MALMO_LABOUR_MARKET' | 'MALMO_ADULT_EDUCATION' | 'FK' | 'REGION';
const ALL_PARTIES: readonly Party[] = [
  'AF',
  'MALMO_SOCIAL_SERVICES',
  'MALMO_LABOUR_MARKET',
  'MALMO_ADULT_EDUCATION',
  'FK',
  'REGION',
];
const others = (...own: Party[]) => ALL_PARTIES.filter((p) => !own.includes(p));

/** The team every matrix person is on, at AF and in each agency's register. */
export const TEAM = 'T01';

/** A valid 12-digit personnummer (Luhn check digit over the last ten digits). */
export function personnummer(birth: string, serial: number): string {
  const nine = `${birth.slice(2)}${String(serial).padStart(3, '0')}`;
  for (let check = 0; check <= 9; check++) {
    const ten = `${nine}${check}`;
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      let n = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
      if (n > 9) n -= 9;
      sum += n;
    }
    if (sum % 10 === 0) return `${birth.slice(0, 2)}${ten}`;
  }
  throw new Error('no check digit');
}

/** Runs a mutation and fails the setup loudly, naming it, if it answers with errors. */
export async function must<T = any>(
  sys: TestSystem,
  persona: string,
  what: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const res = await sys.query<T>(persona, query, variables);
  if (res.errors?.length || !res.data) {
    throw new Error(`setup: ${what} as ${persona} failed: ${JSON.stringify(res.errors ?? res)}`);
  }
  return res.data;
}

/** Consent recordings at each agency: who records, which mutation, which categories, to whom. */
interface ConsentRecording {
  agency: 'AF' | 'MALMO' | 'FK' | 'REGION';
  persona: string;
  record: string;
  withdraw: string;
  categories: string[];
  recipients: Party[];
}

/**
 * Every shareable category of every agency, to every other party. At Malmö
 * the part that holds a category records it, and never names a holder as
 * recipient: social services records social-assistance status, the
 * labour-market unit records the municipal interventions (RULES.md).
 */
const CONSENT_RECORDINGS: readonly ConsentRecording[] = [
  {
    agency: 'AF',
    persona: 'af-t01',
    record: 'recordAfConsent(input: $input) { id state }',
    withdraw: 'withdrawAfConsent',
    categories: ['INTERVENTIONS', 'JOB_MATCHES', 'MAPPING'],
    recipients: others('AF'),
  },
  {
    agency: 'MALMO',
    persona: 'soc-t01',
    record: 'recordMalmoConsent(input: $input) { id state }',
    withdraw: 'withdrawMalmoConsent',
    categories: ['SOCIAL_ASSISTANCE_STATUS'],
    recipients: others('MALMO_SOCIAL_SERVICES'),
  },
  {
    agency: 'MALMO',
    persona: 'ams-t01',
    record: 'recordMalmoConsent(input: $input) { id state }',
    withdraw: 'withdrawMalmoConsent',
    categories: ['INTERVENTIONS', 'MATCHES', 'MAPPING'],
    recipients: others('MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION'),
  },
  {
    agency: 'FK',
    persona: 'fk-utredare',
    record: 'recordFkConsent(input: $input) { id state }',
    withdraw: 'withdrawFkConsent',
    categories: ['BENEFITS', 'WORK_CAPACITY', 'INTERVENTIONS', 'MATCHES', 'MAPPING'],
    recipients: others('FK'),
  },
  {
    agency: 'REGION',
    persona: 'region-vsam',
    record: 'recordRegionConsent(input: $input) { id state }',
    withdraw: 'withdrawRegionConsent',
    categories: ['INTERVENTIONS', 'MAPPING'],
    recipients: others('REGION'),
  },
];

const CONSENT_INPUT_TYPE = {
  AF: 'AfConsentInput',
  MALMO: 'MalmoConsentInput',
  FK: 'FkConsentInput',
  REGION: 'RegionConsentInput',
} as const;

/** The validity dates of the consents of a person in `state` (a withdrawn one was active until withdrawn). */
function consentDates(state: ConsentState, today: string): { validFrom: string; validTo: string | null } | null {
  switch (state) {
    case 'NONE':
      return null;
    case 'ACTIVE':
    case 'WITHDRAWN':
      return { validFrom: addDays(today, -30), validTo: null };
    case 'EXPIRED':
      return { validFrom: addDays(today, -90), validTo: addDays(today, -30) };
    case 'NOT_YET_VALID':
      return { validFrom: addDays(today, 30), validTo: null };
  }
}

/**
 * One employer and one open opportunity at each agency that does employer
 * work, made once per system as each agency's own staff would record them;
 * every matrix person is proposed for all three (a match at each agency).
 */
const opportunitiesOf = new WeakMap<TestSystem, Promise<Record<'AF' | 'MALMO' | 'FK', string>>>();

/** The organisation number of the matrix's employer (group 4: no real organisation has one). */
export const MATRIX_EMPLOYER = '456789-0001';

export function matrixOpportunities(sys: TestSystem, today: string): Promise<Record<'AF' | 'MALMO' | 'FK', string>> {
  let made = opportunitiesOf.get(sys);
  if (!made) {
    const employer = {
      organisationNumber: MATRIX_EMPLOYER,
      name: 'Matrisens Arbetsgivare AB',
      sector: 'RETAIL',
      area: 'NORR',
      contactName: 'Kontakt Matris',
    };
    const opportunity = {
      employerOrganisationNumber: MATRIX_EMPLOYER,
      type: 'WORK_TRAINING',
      title: 'Arbetsträning i butik',
      occupation: 'Butikssäljare',
      hoursPercent: 50,
      swedishLevel: 'NONE',
      places: 50,
      acquiredOn: addDays(today, -30),
    };
    const at = async (persona: string, prefix: string) => {
      await must(
        sys,
        persona,
        `record${prefix}Employer`,
        `mutation E($input: EmployerInput!) { record${prefix}Employer(input: $input) { organisationNumber } }`,
        {
          input: employer,
        },
      );
      const data = await must(
        sys,
        persona,
        `add${prefix}Opportunity`,
        `mutation O($input: OpportunityInput!) { add${prefix}Opportunity(input: $input) { id } }`,
        {
          input: opportunity,
        },
      );
      return (Object.values(data)[0] as { id: string }).id;
    };
    made = Promise.all([at('af-t01', 'Af'), at('ams-t01', 'Malmo'), at('fk-utredare', 'Fk')]).then(
      ([AF, MALMO, FK]) => ({ AF, MALMO, FK }),
    );
    opportunitiesOf.set(sys, made);
  }
  return made;
}

export interface MatrixPerson {
  id: string;
  consent: ConsentState;
  sharingBlocked: boolean;
  /** Set when the consents name this one party only (where the agency may name it at all). */
  onlyTo: Party | null;
}

export interface MatrixPersonOptions {
  consent: ConsentState;
  /** Makes the person unique (personnummer, name). */
  serial: number;
  today: string;
  /** Set a spärr at the region once everything is recorded. */
  sharingBlocked?: boolean;
  /** Name only this party as recipient, instead of every other party. */
  onlyTo?: Party;
  /** Validity of the consents instead of the state's default dates. */
  validity?: { validFrom: string; validTo: string | null };
}

/**
 * Enrols one person at AF and registers them at Malmö, FK and the region,
 * all on team T01; gives every agency at least one record of every category;
 * then records the consent state at every agency.
 */
export async function createMatrixPerson(sys: TestSystem, opts: MatrixPersonOptions): Promise<MatrixPerson> {
  const { today, serial } = opts;
  // Born 1955 (the demo population is born 1960–1993), so no clash with it.
  const pnr = personnummer(`195503${String(10 + serial).padStart(2, '0')}`, 100 + serial);
  const names = { firstName: 'Matris', lastName: `Person${serial}` };

  const enrolled = await must(
    sys,
    'af-t01',
    'enrolParticipant',
    `mutation E($input: EnrolInput!) { enrolParticipant(input: $input) { id } }`,
    {
      input: {
        personnummer: pnr,
        ...names,
        gender: 'WOMAN',
        bornOutsideEurope: false,
        residentInMalmo: true,
        registeredAtAf: true,
        monthsWithoutWork: 18,
        entryRoute: 'AF',
        enrolledOn: addDays(today, -120),
        socialAssistanceAtEnrolment: true,
      },
    },
  );
  const id: string = enrolled.enrolParticipant.id;
  await must(sys, 'af-t01', 'assignTeam', `mutation { assignTeam(participantId: "${id}", teamId: "${TEAM}") { id } }`);

  const registration = { participantId: id, personnummer: pnr, ...names, teamId: TEAM };
  await Promise.all([
    must(
      sys,
      'soc-t01',
      'registerMalmoParticipant',
      `mutation R($input: MalmoRegisterInput!) { registerMalmoParticipant(input: $input) { id } }`,
      { input: registration },
    ),
    must(
      sys,
      'fk-utredare',
      'registerFkParticipant',
      `mutation R($input: FkRegistrationInput!) { registerFkParticipant(input: $input) { id } }`,
      { input: registration },
    ),
    must(
      sys,
      'region-vsam',
      'registerRegionParticipant',
      `mutation R($input: RegionRegistrationInput!) { registerRegionParticipant(input: $input) { id } }`,
      {
        input: registration,
      },
    ),
  ]);

  const start = addDays(today, -60);
  const end = addDays(today, 90);
  const opportunities = await matrixOpportunities(sys, today);
  const propose = (persona: string, prefix: string, opportunityId: string) =>
    must(
      sys,
      persona,
      `propose${prefix}Match`,
      `mutation P($input: ProposeMatchInput!) { propose${prefix}Match(input: $input) { id } }`,
      {
        input: { participantId: id, opportunityId, proposedOn: addDays(today, -5) },
      },
    );
  await Promise.all([
    propose('af-t01', 'Af', opportunities.AF),
    propose('ams-t01', 'Malmo', opportunities.MALMO),
    propose('fk-utredare', 'Fk', opportunities.FK),
    must(
      sys,
      'af-t01',
      'addAfIntervention',
      `mutation A($input: AfInterventionInput!) { addAfIntervention(input: $input) { id } }`,
      {
        input: {
          participantId: id,
          type: 'WORK_EXPERIENCE_PLACEMENT',
          title: 'Praktik på lager',
          status: 'ONGOING',
          startDate: start,
          endDate: end,
          extentPercent: 50,
        },
      },
    ),
    must(
      sys,
      'af-t01',
      'recordJobMatch',
      `mutation J($input: JobMatchInput!) { recordJobMatch(input: $input) { id } }`,
      {
        input: {
          participantId: id,
          employer: 'Bageriet i Möllan AB',
          vacancyTitle: 'Bageribiträde',
          matchedOn: addDays(today, -10),
        },
      },
    ),
    must(
      sys,
      'soc-t01',
      'recordSocialAssistancePeriod',
      `mutation S($input: SocialAssistancePeriodInput!) { recordSocialAssistancePeriod(input: $input) { id } }`,
      {
        input: {
          participantId: id,
          startDate: addDays(today, -200),
          monthlyAmount: 8450.5,
          householdSize: 2,
          investigationNotes: 'Utredning enligt 4 kap. 1 § SoL.',
        },
      },
    ),
    must(
      sys,
      'ams-t01',
      'addMalmoIntervention',
      `mutation M($input: MalmoInterventionInput!) { addMalmoIntervention(input: $input) { id } }`,
      {
        input: {
          participantId: id,
          type: 'WORK_TRAINING',
          title: 'Arbetsträning i kommunal verksamhet',
          status: 'ONGOING',
          startDate: start,
          endDate: end,
          extentPercent: 25,
        },
      },
    ),
    must(
      sys,
      'fk-utredare',
      'recordBenefitPeriod',
      `mutation B($input: BenefitPeriodInput!) { recordBenefitPeriod(input: $input) { id } }`,
      {
        input: { participantId: id, type: 'SJUKPENNING', extentPercent: 50, start: addDays(today, -100) },
      },
    ),
    must(
      sys,
      'fk-utredare',
      'recordWorkCapacityAssessment',
      `mutation W($input: WorkCapacityAssessmentInput!) { recordWorkCapacityAssessment(input: $input) { id } }`,
      {
        input: {
          participantId: id,
          assessedOn: addDays(today, -20),
          capacityPercent: 50,
          summary: 'Halvtid, lätta uppgifter, inga tunga lyft.',
        },
      },
    ),
    must(
      sys,
      'fk-utredare',
      'addFkIntervention',
      `mutation F($input: FkInterventionInput!) { addFkIntervention(input: $input) { id } }`,
      {
        input: {
          participantId: id,
          type: 'CONSULTATION',
          title: 'Konsultation till teamet',
          status: 'ONGOING',
          startDate: start,
          endDate: end,
        },
      },
    ),
    must(
      sys,
      'region-vsam',
      'addCareActivity',
      `mutation C($input: CareActivityInput!) { addCareActivity(input: $input) { id } }`,
      {
        input: {
          participantId: id,
          type: 'SUPPORT_CONVERSATION',
          title: 'Stödsamtal varannan vecka',
          status: 'ONGOING',
          startDate: start,
          endDate: end,
          coordinationNote: 'Nästa bokning via vårdcentralen.',
        },
      },
    ),
    // Each agency's perspective in the joint mapping, by its own staff who work with the person.
    ...(
      [
        ['af-t01', 'recordAfMapping'],
        ['ams-t01', 'recordMalmoMapping'],
        ['fk-utredare', 'recordFkMapping'],
        ['region-vsam', 'recordRegionMapping'],
      ] as const
    ).map(([persona, field]) =>
      must(sys, persona, field, `mutation K($input: MappingInput!) { ${field}(input: $input) { version } }`, {
        input: {
          participantId: id,
          situation: 'Söker arbete sedan två år.',
          abilities: 'Noggrann, van vid service.',
          wishes: 'Arbete i handeln.',
          obstacles: 'Behöver barnomsorg.',
        },
      }),
    ),
  ]);

  const dates = opts.consent === 'NONE' ? null : (opts.validity ?? consentDates(opts.consent, today));
  if (dates) {
    const recorded = await Promise.all(
      CONSENT_RECORDINGS.flatMap((r) =>
        r.recipients
          .filter((p) => !opts.onlyTo || p === opts.onlyTo)
          .map(async (recipient) => {
            const data = await must(
              sys,
              r.persona,
              `${r.agency} consent to ${recipient}`,
              `mutation C($input: ${CONSENT_INPUT_TYPE[r.agency]}!) { ${r.record} }`,
              {
                input: { participantId: id, recipient, categories: r.categories, ...dates },
              },
            );
            const consent = Object.values(data)[0] as { id: string; state: string };
            return { recording: r, consentId: consent.id };
          }),
      ),
    );
    if (opts.consent === 'WITHDRAWN') {
      await Promise.all(
        recorded.map(({ recording, consentId }) =>
          must(
            sys,
            recording.persona,
            `${recording.withdraw}`,
            `mutation { ${recording.withdraw}(id: "${consentId}") { id state } }`,
          ),
        ),
      );
    }
  }

  if (opts.sharingBlocked) {
    await must(
      sys,
      'region-vsam',
      'setSharingBlock',
      `mutation { setSharingBlock(participantId: "${id}", blocked: true) { id } }`,
    );
  }
  return { id, consent: opts.consent, sharingBlocked: opts.sharingBlocked ?? false, onlyTo: opts.onlyTo ?? null };
}
