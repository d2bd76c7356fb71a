import { randomInt } from 'node:crypto';
import {
  interventionWrites,
  auditedRegistration,
  auditedWrite,
  badInput,
  checkDate,
  checkPersonnummer,
  checkText,
  checkVersion,
  ErrorCode,
  notAvailable,
  userError,
  agencyMutations,
  interventionMutations,
  recordConsentMutation,
} from '@malmokraften/shared';
import type { MutationResolvers } from '../generated/graphql';
import { AF_CONSENT_CATEGORIES } from '../secrecy/rules';
import { checkEligibility } from '../eligibility';

const ID_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A pseudonymous participant id: random, carries nothing about the person. */
export function newParticipantId(): string {
  let s = 'P-';
  for (let i = 0; i < 8; i++) s += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return s;
}

async function lockParticipation(m: import('typeorm').EntityManager, participantId: string) {
  const rows: Array<{ discharged_on: string | null; enrolled_on: string; version: number }> = await m.query(
    `SELECT to_char(discharged_on, 'YYYY-MM-DD') AS discharged_on, to_char(enrolled_on, 'YYYY-MM-DD') AS enrolled_on, version
       FROM participation WHERE participant_id = $1 FOR UPDATE`,
    [participantId],
  );
  const row = rows[0];
  if (!row) throw notAvailable();
  return row;
}

const alreadyEnrolled = () =>
  userError(ErrorCode.ALREADY_ENROLLED, 'This person is already enrolled in the programme. Open their plan instead.');

function openParticipation(row: { discharged_on: string | null }) {
  if (row.discharged_on)
    throw userError(
      ErrorCode.ALREADY_DISCHARGED,
      'The participant has been discharged; the plan can no longer be changed.',
    );
}

/** AF's interventions; none can be added once the participant is discharged. */
const afInterventions = interventionWrites('AF', 'RECORD_INTERVENTIONS' as const, {
  beforeAdd: async (m, participantId) => openParticipation(await lockParticipation(m, participantId)),
});

export const mutations: MutationResolvers = {
  // The staff register (STAFF_REGISTER, as the division of its staff in secrecy/rules.ts allows), the joint mapping
  // (RECORD_MAPPING) and withdrawing a consent (RECORD_CONSENT_WITHDRAWAL), as AF's rules decide.
  ...agencyMutations('af'),
  ...interventionMutations('af', afInterventions),
  ...recordConsentMutation('af', AF_CONSENT_CATEGORIES, ['AF']),

  enrolParticipant: async (_p, { input }, { af }) => {
    const personnummer = checkPersonnummer(input.personnummer);
    const firstName = checkText(input.firstName, 'firstName', 100);
    const lastName = checkText(input.lastName, 'lastName', 100);
    checkDate(input.enrolledOn, 'enrolledOn');
    // Decided on what the request says, never on what AF holds.
    const eligibility = checkEligibility({ ...input, personnummer });
    if (!eligibility.eligible) {
      throw userError(ErrorCode.NOT_ELIGIBLE, `The person cannot be enrolled: ${eligibility.reasons.join(' ')}`, {
        reasons: eligibility.reasons,
      });
    }
    const birthDate = `${personnummer.slice(0, 4)}-${personnummer.slice(4, 6)}-${personnummer.slice(6, 8)}`;
    // Who may enrol is AF's ENROLMENT rule; that the person is already enrolled is told only to those AF's KNOWN rule lets know.
    const created = await auditedRegistration(af.gate, {
      category: 'ENROLMENT',
      knownCategory: 'KNOWN',
      personnummer,
      participantId: null,
      alreadyHeld: alreadyEnrolled,
      insert: async (m) => {
        const officer = await af.gate.officer();
        const participantId = newParticipantId();
        await m.query(
          `INSERT INTO participant (id, personnummer, first_name, last_name, protected_identity, registered_by)
         VALUES ($1, $2, $3, $4, $5, $6)`,
          [participantId, personnummer, firstName, lastName, input.protectedIdentity ?? false, officer.id],
        );
        await m.query(
          'INSERT INTO assignment (participant_id, officer_id, officer_name, role) VALUES ($1, $2, $3, $4)',
          [participantId, officer.id, officer.name, officer.role],
        );
        await m.query(
          `INSERT INTO participation (participant_id, enrolled_on, entry_route, gender, birth_date, born_outside_europe,
                                    months_without_work, social_assistance_at_enrolment)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            participantId,
            input.enrolledOn,
            input.entryRoute,
            input.gender,
            birthDate,
            input.bornOutsideEurope,
            input.monthsWithoutWork,
            input.socialAssistanceAtEnrolment,
          ],
        );
        return { participantId };
      },
    });
    return { id: created.participantId };
  },

  assignTeam: async (_p, { participantId, teamId }, { af }) => {
    await auditedWrite(af.gate, participantId, 'RECORD_PROGRAMME', async (m) => {
      openParticipation(await lockParticipation(m, participantId));
      // Lock the team so that two assignments cannot both take its last place.
      const teams: Array<{ capacity: number }> = await m.query('SELECT capacity FROM team WHERE id = $1 FOR UPDATE', [
        teamId,
      ]);
      const team = teams[0];
      if (!team) throw badInput('There is no team with that id.', 'teamId');
      const current: Array<{ team_id: string | null }> = await m.query(
        'SELECT team_id FROM participant WHERE id = $1',
        [participantId],
      );
      if (current[0]?.team_id === teamId) return;
      const counted: Array<{ n: string }> = await m.query(
        `SELECT count(*) AS n FROM participant p JOIN participation pa ON pa.participant_id = p.id
          WHERE p.team_id = $1 AND pa.discharged_on IS NULL`,
        [teamId],
      );
      if (Number(counted[0]?.n ?? 0) >= team.capacity) {
        throw userError(
          ErrorCode.TEAM_FULL,
          `Team ${teamId} already carries its full ${team.capacity} ongoing cases. Choose another team or discharge a case first.`,
        );
      }
      await m.query('UPDATE participant SET team_id = $2, version = version + 1 WHERE id = $1', [
        participantId,
        teamId,
      ]);
    });
    return { id: participantId };
  },

  setPlanGoal: async (_p, { participantId, goal, description, expectedVersion }, { af }) => {
    const text = checkText(description, 'description', 500);
    await auditedWrite(af.gate, participantId, 'RECORD_PROGRAMME', async (m) => {
      const row = await lockParticipation(m, participantId);
      checkVersion(expectedVersion, row.version);
      openParticipation(row);
      await m.query(
        'UPDATE participation SET goal_type = $2, goal_description = $3, version = version + 1 WHERE participant_id = $1',
        [participantId, goal, text],
      );
    });
    return { id: participantId };
  },

  scheduleFollowUp: async (_p, { input }, { af, caller }) => {
    const agenda = input.agenda ? checkText(input.agenda, 'agenda', 500) : null;
    const scheduledAt = input.scheduledAt instanceof Date ? input.scheduledAt : new Date(input.scheduledAt);
    return auditedWrite(af.gate, input.participantId, 'RECORD_PROGRAMME', async (m) => {
      openParticipation(await lockParticipation(m, input.participantId));
      const rows: Array<{ id: string; scheduled_at: Date }> = await m.query(
        'INSERT INTO follow_up (participant_id, scheduled_at, agenda, created_by) VALUES ($1, $2, $3, $4) RETURNING id, scheduled_at',
        [input.participantId, scheduledAt, agenda, caller.officerId],
      );
      return {
        id: rows[0]!.id,
        participantId: input.participantId,
        scheduledAt: rows[0]!.scheduled_at,
        heldAt: null,
        agenda,
      };
    });
  },

  recordFollowUpHeld: async (_p, { id, heldAt }, { af }) => {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw notAvailable();
    const at = heldAt instanceof Date ? heldAt : new Date(heldAt);
    if (Number.isNaN(at.getTime())) throw badInput('heldAt must be a date and time.', 'heldAt');
    const found: Array<{ participant_id: string }> = await af.gate.ds.query(
      'SELECT participant_id FROM follow_up WHERE id = $1',
      [id],
    );
    const participantId = found[0]?.participant_id;
    if (!participantId) throw notAvailable();
    return auditedWrite(af.gate, participantId, 'RECORD_PROGRAMME', async (m) => {
      openParticipation(await lockParticipation(m, participantId));
      const rows: Array<{ scheduled_at: Date; held_at: Date | null; agenda: string | null }> = await m.query(
        'SELECT scheduled_at, held_at, agenda FROM follow_up WHERE id = $1 FOR UPDATE',
        [id],
      );
      const row = rows[0]!;
      if (row.held_at)
        throw userError(
          ErrorCode.CONFLICT,
          `This meeting is already recorded as held (${row.held_at.toISOString()}).`,
          { heldAt: row.held_at.toISOString() },
        );
      await m.query('UPDATE follow_up SET held_at = $2 WHERE id = $1', [id, at]);
      return { id, participantId, scheduledAt: row.scheduled_at, heldAt: at, agenda: row.agenda };
    });
  },

  recordJobMatch: async (_p, { input }, { af }) => {
    const employer = checkText(input.employer, 'employer', 200);
    const vacancyTitle = checkText(input.vacancyTitle, 'vacancyTitle', 200);
    checkDate(input.matchedOn, 'matchedOn');
    return auditedWrite(af.gate, input.participantId, 'RECORD_INTERVENTIONS', async (m) => {
      openParticipation(await lockParticipation(m, input.participantId));
      const rows: Array<{ id: string }> = await m.query(
        'INSERT INTO job_match (participant_id, employer, vacancy_title, matched_on) VALUES ($1, $2, $3, $4) RETURNING id',
        [input.participantId, employer, vacancyTitle, input.matchedOn],
      );
      return { id: rows[0]!.id, employer, vacancyTitle, matchedOn: input.matchedOn, status: 'PROPOSED' };
    });
  },

  dischargeParticipant: async (_p, { participantId, dischargedOn, outcome, expectedVersion }, { af }) => {
    checkDate(dischargedOn, 'dischargedOn');
    if (!outcome) throw badInput('A discharge needs an outcome.', 'outcome');
    await auditedWrite(af.gate, participantId, 'RECORD_PROGRAMME', async (m) => {
      const row = await lockParticipation(m, participantId);
      checkVersion(expectedVersion, row.version);
      openParticipation(row);
      if (dischargedOn < row.enrolled_on)
        throw badInput('The discharge date cannot be before the enrolment date.', 'dischargedOn');
      await m.query(
        'UPDATE participation SET discharged_on = $2, outcome = $3, version = version + 1 WHERE participant_id = $1',
        [participantId, dischargedOn, outcome],
      );
    });
    return { id: participantId };
  },
};
