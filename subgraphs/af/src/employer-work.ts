import type { DataSource, EntityManager } from 'typeorm';
import {
  auditedWrite,
  badInput,
  checkText,
  checkVersion,
  employerWorkResolvers,
  ErrorCode,
  isParticipantId,
  notAvailable,
  userError,
  withheldNotice,
} from '@malmokraften/shared';
import { AF_FIGURES } from './report';
import type { Context } from './context';
import type { MutationResolvers, ParticipantResolvers } from './generated/graphql';

/**
 * Arbetsförmedlingen's employer work (docs/employer-work.md): its
 * register of employers and opportunities (orders), the matches of people
 * to them, the follow-ups after a placement, and each person's job-seeker
 * profile (sökprofil). The machinery is shared (`EmployerWork`); what is
 * AF's own is here: the profile, and what AF releases for matching.
 */

export interface ProfileRow {
  participantId: string;
  swedishLevel: string;
  drivingLicence: boolean;
  hoursPercent: number;
  area: string | null;
  occupations: string[];
  version: number;
}

export async function loadProfiles(ds: DataSource, ids: readonly string[]): Promise<Array<ProfileRow | null>> {
  const rows: Array<{
    participant_id: string;
    swedish_level: string;
    driving_licence: boolean;
    hours_percent: number;
    area: string | null;
    occupations: string[];
    version: number;
  }> = await ds.query(
    'SELECT participant_id, swedish_level, driving_licence, hours_percent, area, occupations, version FROM job_seeker_profile WHERE participant_id = ANY($1::text[])',
    [ids],
  );
  const by = new Map(
    rows.map((r) => [
      r.participant_id,
      {
        participantId: r.participant_id,
        swedishLevel: r.swedish_level,
        drivingLicence: r.driving_licence,
        hoursPercent: r.hours_percent,
        area: r.area,
        occupations: r.occupations,
        version: r.version,
      },
    ]),
  );
  return ids.map((id) => by.get(id) ?? null);
}

type Af = Context['af'];

const NO_PROFILE = {
  swedishLevel: null,
  drivingLicence: null,
  hoursPercent: null,
  area: null,
  occupations: [] as string[],
  version: null,
};

/** The person's job-seeker profile as JOB_MATCHES releases it; withheld reads the same as none recorded. */
async function profile(af: Af, id: string) {
  if (!(await af.gate.decide(id, 'JOB_MATCHES')).granted) return { withheld: withheldNotice('AF'), ...NO_PROFILE };
  const p = await af.profiles.load(id);
  if (!p) return { withheld: withheldNotice('AF'), ...NO_PROFILE };
  return {
    withheld: null,
    swedishLevel: p.swedishLevel,
    drivingLicence: p.drivingLicence,
    hoursPercent: p.hoursPercent,
    area: p.area,
    occupations: p.occupations,
    version: p.version,
  };
}

/**
 * What AF releases to the caller for matching: the plan's goal under the
 * PROGRAMME rule, the job-seeker profile under JOB_MATCHES. A fact the
 * caller may not see is null, as one never recorded.
 */
async function matchingFacts(af: Af, id: string) {
  const [programme, profiled] = await Promise.all([af.programme(id), profile(af, id)]);
  const goal = programme.participation?.goalType ?? null;
  return {
    agency: 'AF' as const,
    goal,
    goalDescription: goal ? (programme.participation?.goalDescription ?? null) : null,
    swedishLevel: profiled.swedishLevel,
    drivingLicence: profiled.drivingLicence,
    hoursPercent: profiled.hoursPercent,
    workCapacityPercent: null,
    area: profiled.area,
    occupations: profiled.occupations,
    studiesSwedish: null,
  };
}

/** The person's enrolment, locked; a discharged person takes no new proposal. */
async function openParticipation(m: EntityManager, participantId: string): Promise<void> {
  const rows: Array<{ discharged_on: string | null }> = await m.query(
    'SELECT discharged_on FROM participation WHERE participant_id = $1 FOR UPDATE',
    [participantId],
  );
  if (!rows[0]) throw notAvailable();
  if (rows[0].discharged_on)
    throw userError(
      ErrorCode.ALREADY_DISCHARGED,
      'The participant has been discharged; no one proposes them for an opportunity any more.',
    );
}

function checkOccupations(values: readonly string[]): string[] {
  if (values.length > 10) throw badInput('At most 10 occupations.', 'occupations');
  return [...new Set(values.map((o) => checkText(o, 'occupations', 100)))];
}

/** AF's employer work as the schema asks for it: a proposal only for someone enrolled; what AF releases for matching is its own. */
export const employerWork = employerWorkResolvers('af', {
  figures: AF_FIGURES,
  // `as never`: the profile holds its levels and areas as text, the schema as enums.
  matchingFacts: async (af: Af, id: string) => (await matchingFacts(af, id)) as never,
  beforeWrite: openParticipation,
});

/** AF's own part of its employer work: the job-seeker profile. */
export const jobSeekerProfileMutations: Pick<MutationResolvers, 'recordAfJobSeekerProfile'> = {
  recordAfJobSeekerProfile: async (_p, { input }, { af }) => {
    if (!isParticipantId(input.participantId)) throw notAvailable();
    const hours = input.hoursPercent;
    if (!Number.isInteger(hours) || hours < 1 || hours > 100)
      throw badInput('The hours must be a whole percentage of full time from 1 to 100.', 'hoursPercent');
    const occupations = checkOccupations(input.occupations);
    const officer = await af.gate.officer();
    const stored = await auditedWrite(af.gate, input.participantId, 'RECORD_MATCHES', async (m) => {
      await openParticipation(m, input.participantId);
      const current: Array<{ version: number }> = await m.query(
        'SELECT version FROM job_seeker_profile WHERE participant_id = $1 FOR UPDATE',
        [input.participantId],
      );
      if (current[0]) checkVersion(input.expectedVersion, current[0].version);
      await m.query(
        `INSERT INTO job_seeker_profile (participant_id, swedish_level, driving_licence, hours_percent, area, occupations, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (participant_id) DO UPDATE SET swedish_level = $2, driving_licence = $3, hours_percent = $4, area = $5, occupations = $6,
           recorded_by = $7, recorded_at = now(), version = job_seeker_profile.version + 1`,
        [
          input.participantId,
          input.swedishLevel,
          input.drivingLicence,
          hours,
          input.area ?? null,
          occupations,
          officer.id,
        ],
      );
      const rows: Array<{ version: number }> = await m.query(
        'SELECT version FROM job_seeker_profile WHERE participant_id = $1',
        [input.participantId],
      );
      return {
        withheld: null,
        swedishLevel: input.swedishLevel,
        drivingLicence: input.drivingLicence,
        hoursPercent: hours,
        area: input.area ?? null,
        occupations,
        version: rows[0]!.version,
      };
    });
    af.profiles.clear(input.participantId);
    return stored;
  },
};

export const jobSeekerProfileFields: Pick<ParticipantResolvers, 'afJobSeekerProfile'> = {
  afJobSeekerProfile: (p, _a, { af }) => profile(af, p.id) as never,
};
