import type { EntityManager } from 'typeorm';
import {
  interventionWrites,
  auditedWrite,
  badInput,
  checkDate,
  ErrorCode,
  notAvailable,
  userError,
  agencyMutations,
  registerParticipantMutation,
  interventionMutations,
  recordConsentMutation,
  auditedChange,
} from '@malmokraften/shared';
import type { MutationResolvers } from '../generated/graphql';
import { FK_CONSENT_CATEGORIES } from '../secrecy/rules';
import {
  BENEFIT_PERIOD_COLUMNS,
  benefitPeriodsOf,
  findBenefitPeriod,
  toBenefitPeriod,
  toWorkCapacity,
  WORK_CAPACITY_COLUMNS,
  type BenefitPeriodDbRow,
  type WorkCapacityDbRow,
} from '../db/queries';
import {
  checkAssessedOn,
  checkBenefitDates,
  checkBenefitExtent,
  checkCapacity,
  checkCombinedExtent,
  checkReason,
  checkSummary,
} from '../validation';

/** Serialises writes that check a person's other records (e.g. combined benefit extent). */
async function lockParticipant(m: EntityManager, participantId: string): Promise<void> {
  const rows: unknown[] = await m.query('SELECT id FROM participant WHERE id = $1 FOR UPDATE', [participantId]);
  if (rows.length === 0) throw notAvailable();
}

const fkInterventions = interventionWrites('FK', 'RECORD_INTERVENTIONS' as const);

export const mutations: MutationResolvers = {
  // The staff register (STAFF_REGISTER, as the division of its staff in secrecy/rules.ts allows), the joint mapping
  // (RECORD_MAPPING) and withdrawing a consent (RECORD_CONSENT_WITHDRAWAL), as FK's rules decide.
  ...agencyMutations('fk'),
  ...registerParticipantMutation('fk'),
  ...interventionMutations('fk', fkInterventions),
  ...recordConsentMutation('fk', FK_CONSENT_CATEGORIES, ['FK']),

  recordBenefitPeriod: (_p, { input }, { fk, caller }) => {
    const extentPercent = checkBenefitExtent(input.extentPercent);
    const end = input.end ?? null;
    checkBenefitDates(input.start, end);
    return auditedWrite(fk.gate, input.participantId, 'RECORD_BENEFITS', async (m) => {
      await lockParticipant(m, input.participantId);
      checkCombinedExtent(await benefitPeriodsOf(m, input.participantId), { start: input.start, end, extentPercent });
      const rows: BenefitPeriodDbRow[] = await m.query(
        `INSERT INTO benefit_period (participant_id, type, extent_percent, start_date, end_date, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${BENEFIT_PERIOD_COLUMNS}`,
        [input.participantId, input.type, extentPercent, input.start, end, caller.officerId],
      );
      return toBenefitPeriod(rows[0]!);
    });
  },

  endBenefitPeriod: async (_p, { id, end, expectedVersion }, { fk }) => {
    checkDate(end, 'end');
    return auditedChange(fk.gate, 'RECORD_BENEFITS', findBenefitPeriod, id, expectedVersion, async (m, locked) => {
      if (locked.end !== null) throw userError(ErrorCode.CONFLICT, 'This benefit period has already ended.');
      if (end < locked.start) throw badInput('The end date cannot be before the start date.', 'end');
      await m.query('UPDATE benefit_period SET end_date = $2, version = version + 1 WHERE id = $1', [id, end]);
      const updated = await findBenefitPeriod(m, id);
      if (!updated) throw notAvailable();
      return updated;
    });
  },

  recordWorkCapacityAssessment: (_p, { input }, { fk, caller }) => {
    const capacityPercent = checkCapacity(input.capacityPercent);
    const assessedOn = checkAssessedOn(input.assessedOn, fk.today);
    const summary = checkSummary(input.summary);
    return auditedWrite(fk.gate, input.participantId, 'RECORD_WORK_CAPACITY', async (m) => {
      const rows: WorkCapacityDbRow[] = await m.query(
        `INSERT INTO work_capacity_assessment (participant_id, assessed_on, capacity_percent, summary, recorded_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${WORK_CAPACITY_COLUMNS}`,
        [input.participantId, assessedOn, capacityPercent, summary, caller.officerId],
      );
      return toWorkCapacity(rows[0]!);
    });
  },

  recordFkReferral: async (_p, { input }, { fk, caller }) => {
    const referredOn = checkDate(input.referredOn, 'referredOn');
    if (referredOn > fk.today) throw badInput('A referral cannot be dated in the future.', 'referredOn');
    const reason = checkReason(input.reason);
    return auditedWrite(fk.gate, input.participantId, 'RECORD_REFERRAL', async (m) => {
      await lockParticipant(m, input.participantId);
      const existing: unknown[] = await m.query('SELECT id FROM fk_referral WHERE participant_id = $1', [
        input.participantId,
      ]);
      if (existing.length > 0)
        throw userError(ErrorCode.CONFLICT, 'FK has already referred this person into the programme.');
      await m.query(
        'INSERT INTO fk_referral (participant_id, referred_on, reason, recorded_by) VALUES ($1, $2, $3, $4)',
        [input.participantId, referredOn, reason, caller.officerId],
      );
      return { withheld: null, referredOn };
    });
  },
};
