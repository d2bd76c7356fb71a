import {
  interventionWrites,
  auditedWrite,
  checkText,
  ErrorCode,
  isParticipantId,
  loadStaffEntry,
  userError,
  agencyMutations,
  registerParticipantMutation,
  recordConsentMutation,
} from '@malmokraften/shared';
import type { MutationResolvers } from '../generated/graphql';
import { careCoordinatorProblem, REGION_CONSENT_CATEGORIES } from '../secrecy/rules';
import { activityNote, writeActivityNote } from '../db/queries';
import { CARE_COORDINATOR_ROLE, careActivity } from '../models';
import { checkCoordinationNote, checkDiagnosisCode, checkOfficerId, MAX_CLINICAL_NOTE } from '../validate';

/** Care-coordination activities are Region's interventions. */
const careActivities = interventionWrites('REGION', 'RECORD_INTERVENTIONS' as const);

export const mutations: MutationResolvers = {
  // The staff register (STAFF_REGISTER, as the division of its staff in secrecy/rules.ts allows), the joint mapping
  // (RECORD_MAPPING) and withdrawing a consent (RECORD_CONSENT_WITHDRAWAL), as the region's rules decide.
  ...agencyMutations('region'),
  ...registerParticipantMutation('region'),
  ...recordConsentMutation('region', REGION_CONSENT_CATEGORIES, ['REGION']),

  assignCareCoordinator: async (_p, { participantId, officerId, officerName }, { region }) => {
    const id = checkOfficerId(officerId);
    checkText(officerName, 'officerName', 100);
    // Only to a vårdsamordnare the region's staff register has today; decided on the register alone.
    const assignee = await loadStaffEntry(region.ds, id);
    const problem = careCoordinatorProblem(assignee, region.today);
    if (problem || !assignee) {
      if (isParticipantId(participantId))
        region.gate.note(participantId, 'RECORD_CARE_COORDINATOR', 'WRITE', {
          granted: false,
          reason: `${id}: ${problem}`,
        });
      throw userError(
        ErrorCode.FORBIDDEN,
        "A person can be handed over only to a vårdsamordnare in Region Skåne's staff register.",
      );
    }
    await auditedWrite(region.gate, participantId, 'RECORD_CARE_COORDINATOR', async (m) => {
      const current: Array<{ officer_id: string }> = await m.query(
        'SELECT officer_id FROM assignment WHERE participant_id = $1 AND role = $2 FOR UPDATE',
        [participantId, CARE_COORDINATOR_ROLE],
      );
      if (current.length === 1 && current[0]!.officer_id === id) return;
      await m.query('DELETE FROM assignment WHERE participant_id = $1 AND role = $2', [
        participantId,
        CARE_COORDINATOR_ROLE,
      ]);
      await m.query('INSERT INTO assignment (participant_id, officer_id, officer_name, role) VALUES ($1, $2, $3, $4)', [
        participantId,
        id,
        assignee.name,
        CARE_COORDINATOR_ROLE,
      ]);
    });
    return { id: participantId };
  },

  addCareActivity: (_p, { input }, { region, caller }) => {
    const { coordinationNote, ...activity } = input;
    const note = checkCoordinationNote(coordinationNote);
    return careActivities.add(region.gate, activity, async (m, row) => {
      if (note !== null) await writeActivityNote(m, row.id, note, caller.officerId);
      return careActivity(row, note);
    });
  },

  updateCareActivity: (_p, { id, input }, { region, caller }) => {
    const { coordinationNote, ...change } = input;
    const note = coordinationNote === undefined ? undefined : checkCoordinationNote(coordinationNote);
    return careActivities.update(region.gate, id, change, async (m, row) => {
      if (note !== undefined) await writeActivityNote(m, id, note, caller.officerId);
      return careActivity(row, note !== undefined ? note : await activityNote(m, id));
    });
  },

  endCareActivity: (_p, { id, endDate, status, expectedVersion }, { region }) =>
    careActivities.end(region.gate, id, { endDate, status, expectedVersion }, async (m, row) =>
      careActivity(row, await activityNote(m, id)),
    ),

  setSharingBlock: async (_p, { participantId, blocked }, { region }) => {
    await auditedWrite(region.gate, participantId, 'RECORD_SHARING_BLOCK', async (m) => {
      await m.query(
        'UPDATE participant SET sharing_blocked = $2, version = version + 1 WHERE id = $1 AND sharing_blocked <> $2',
        [participantId, blocked],
      );
    });
    return { id: participantId };
  },

  recordClinicalNote: async (_p, { input }, { region, caller }) => {
    const diagnosisCode = checkDiagnosisCode(input.diagnosisCode);
    const note = checkText(input.note, 'note', MAX_CLINICAL_NOTE);
    return auditedWrite(region.gate, input.participantId, 'RECORD_CLINICAL', async (m) => {
      // The service's database role may read back only the id and the time.
      const rows: Array<{ id: string; written_at: Date }> = await m.query(
        `INSERT INTO clinical_note (participant_id, diagnosis_code, note, written_by) VALUES ($1, $2, $3, $4)
         RETURNING id, written_at`,
        [input.participantId, diagnosisCode, note, caller.officerId],
      );
      return { id: rows[0]!.id, writtenAt: rows[0]!.written_at };
    });
  },
};
