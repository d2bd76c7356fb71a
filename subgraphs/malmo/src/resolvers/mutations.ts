import {
  interventionWrites,
  auditedWrite,
  badInput,
  checkDate,
  checkPeriod,
  checkText,
  GENDERS,
  ErrorCode,
  isParticipantId,
  loadStaffEntry,
  notAvailable,
  recordConsent,
  userError,
  validateIntervention,
  agencyMutations,
  registerParticipantMutation,
  interventionMutations,
  auditedChange,
} from '@malmokraften/shared';
import type { MutationResolvers } from '../generated/graphql';
import {
  closeSocialAssistancePeriod,
  findSocialAssistancePeriod,
  insertSocialAssistancePeriod,
  lockParticipant,
  upsertParticipation,
  overlappingPeriods,
} from '../db/queries';
import {
  assignmentProblem,
  CONSENT_CATEGORY_HOLDERS,
  holdersOf,
  MALMO_CONSENT_CATEGORIES,
  mayRecordConsentFor,
} from '../secrecy/rules';
import { checkPeriodInput } from '../social-assistance';

const OFFICER_ID = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$/;

const malmoInterventions = interventionWrites('MALMO', 'RECORD_INTERVENTIONS' as const);

export const mutations: MutationResolvers = {
  // The staff register (STAFF_REGISTER, as the division of its staff in secrecy/rules.ts allows), the joint mapping
  // (RECORD_MAPPING) and withdrawing a consent (RECORD_CONSENT_WITHDRAWAL), as Malmö's rules decide.
  ...agencyMutations('malmo'),
  ...registerParticipantMutation('malmo'),
  ...interventionMutations('malmo', malmoInterventions),

  recordMalmoParticipation: async (_p, { input }, { malmo, caller }) => {
    if (!isParticipantId(input.participantId)) throw notAvailable();
    const enrolledOn = checkDate(input.enrolledOn, 'enrolledOn');
    const dischargedOn = input.dischargedOn == null ? null : checkDate(input.dischargedOn, 'dischargedOn');
    checkPeriod(enrolledOn, dischargedOn, 'The discharge date');
    if (!(GENDERS as readonly string[]).includes(input.gender))
      throw badInput(`gender must be one of ${GENDERS.join(', ')}.`, 'gender');
    return auditedWrite(malmo.gate, input.participantId, 'RECORD_PARTICIPATION', async (m) => {
      if (!(await lockParticipant(m, input.participantId))) throw notAvailable();
      return upsertParticipation(m, {
        participantId: input.participantId,
        enrolledOn,
        dischargedOn,
        gender: input.gender,
        recordedBy: caller.officerId,
      });
    });
  },

  assignMalmoOfficer: async (_p, { participantId, officer }, { malmo }) => {
    if (!isParticipantId(participantId)) throw notAvailable();
    if (!OFFICER_ID.test(officer.officerId))
      throw badInput('The officer id is not one a sign-in can have.', 'officerId');
    checkText(officer.name, 'name', 100);
    // Checked against Malmö's staff register: the assigner's part, and the officer's part and role there today.
    // Decided on the register alone, so the refusal says nothing about the person.
    const { party } = await malmo.gate.standing();
    const assignee = await loadStaffEntry(malmo.ds, officer.officerId);
    const problem = assignmentProblem(party, assignee, officer.role, malmo.today);
    if (problem || !assignee) {
      malmo.gate.note(participantId, 'RECORD_ASSIGNMENT', 'WRITE', {
        granted: false,
        reason: `${officer.officerId} as ${officer.role}: ${problem}`,
      });
      throw userError(
        ErrorCode.FORBIDDEN,
        "You can assign officers of your own part of Malmö stad only, in a role Malmö stad's staff register has them in.",
      );
    }
    await auditedWrite(malmo.gate, participantId, 'RECORD_ASSIGNMENT', async (m) => {
      // The name as the register has it, not as the request spells it.
      await m.query(
        `INSERT INTO assignment (participant_id, officer_id, officer_name, role) VALUES ($1, $2, $3, $4)
         ON CONFLICT (participant_id, role, officer_id) DO NOTHING`,
        [participantId, assignee.officerId, assignee.name, officer.role],
      );
    });
    malmo.refresh(participantId);
    return { id: participantId };
  },

  // In place of the common add (interventionMutations above): Malmö checks the intervention's fields first.
  addMalmoIntervention: (_p, { input }, { malmo }) => {
    validateIntervention(input);
    return malmoInterventions.add(malmo.gate, input);
  },

  recordSocialAssistancePeriod: async (_p, { input }, { malmo, caller }) => {
    const period = checkPeriodInput(input);
    return auditedWrite(malmo.gate, input.participantId, 'RECORD_SOCIAL_ASSISTANCE', async (m) => {
      // Locking the person serialises two recordings, so the overlap check holds.
      if (!(await lockParticipant(m, input.participantId))) throw notAvailable();
      const clash = (await overlappingPeriods(m, input.participantId, period.startDate, period.endDate))[0];
      if (clash) {
        throw userError(
          ErrorCode.CONFLICT,
          `The period overlaps the one from ${clash.startDate}${clash.endDate ? ` to ${clash.endDate}` : ', which is still open'}. End or shorten that period first.`,
          { overlappingPeriodId: clash.id },
        );
      }
      return insertSocialAssistancePeriod(m, {
        ...period,
        participantId: input.participantId,
        recordedBy: caller.officerId,
      });
    });
  },

  endSocialAssistancePeriod: async (_p, { id, endDate, expectedVersion }, { malmo }) => {
    checkDate(endDate, 'endDate');
    return auditedChange(
      malmo.gate,
      'RECORD_SOCIAL_ASSISTANCE',
      findSocialAssistancePeriod,
      id,
      expectedVersion,
      async (m, locked) => {
        if (locked.endDate !== null)
          throw userError(ErrorCode.CONFLICT, `This period already ended on ${locked.endDate}.`);
        checkPeriod(locked.startDate, endDate, 'The end of the period');
        return closeSocialAssistancePeriod(m, id, endDate);
      },
    );
  },

  recordMalmoConsent: async (_p, { input }, { malmo }) => {
    if (!isParticipantId(input.participantId)) throw notAvailable();
    const categories = [...new Set(input.categories)];
    if (categories.length === 0) throw badInput('Name at least one category the consent covers.', 'categories');
    // The part that holds a category sees it without consent; every other part of the city needs one.
    const held = categories.filter((c) => CONSENT_CATEGORY_HOLDERS[c].includes(input.recipient));
    if (held.length > 0) {
      throw badInput(
        `${input.recipient} holds ${held.join(' and ')} itself; a consent is needed only for sharing with another party. Leave ${held.join(' and ')} out.`,
        'recipient',
      );
    }
    const { party } = await malmo.gate.standing();
    if (!mayRecordConsentFor(party, categories)) {
      // Decided by the caller's role alone, so the refusal says nothing about the person.
      malmo.gate.note(input.participantId, 'RECORD_CONSENT', 'WRITE', {
        granted: false,
        reason: `${party ?? 'no part'} does not hold ${categories.join('/')}`,
      });
      throw userError(
        ErrorCode.FORBIDDEN,
        'A consent is recorded by the part of Malmö stad that holds the information: social services for social assistance, the labour-market unit or adult education for interventions.',
      );
    }
    const consent = await recordConsent(
      malmo.gate,
      MALMO_CONSENT_CATEGORIES,
      holdersOf(categories),
      { ...input, categories },
      malmo.today,
    );
    malmo.refresh(input.participantId);
    return consent;
  },
};
