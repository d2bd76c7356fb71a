import { agencyParticipantFields, now } from '@malmokraften/shared';
import type { ParticipantResolvers, ProgrammeRecordResolvers } from '../generated/graphql';

export const Participant: ParticipantResolvers = {
  // The access log, the plan part, the joint mapping and the consents, as every agency has them.
  ...agencyParticipantFields('af'),
  name: (p, _args, { af }) => af.name(p.id),
  personnummer: (p, _args, { af }) => af.personnummer(p.id),
  programme: (p, _args, { af }) => af.programme(p.id),
  jobMatches: (p, _args, { af }) => af.jobMatchList(p.id),
};

export const ProgrammeRecord: ProgrammeRecordResolvers = {
  withheld: (r) => r.withheld,
  status: (r) => (r.participation ? (r.participation.dischargedOn ? 'DISCHARGED' : 'ENROLLED') : null),
  enrolledOn: (r) => r.participation?.enrolledOn ?? null,
  entryRoute: (r) => r.participation?.entryRoute ?? null,
  team: (r) => (r.teamId ? { id: r.teamId } : null),
  goal: (r) =>
    r.participation?.goalType
      ? { type: r.participation.goalType, description: r.participation.goalDescription ?? '' }
      : null,
  followUps: (r) => r.followUps,
  nextFollowUp: (r) => {
    const at = now().getTime();
    return r.followUps.find((f) => !f.heldAt && new Date(f.scheduledAt).getTime() >= at) ?? null;
  },
  dischargedOn: (r) => r.participation?.dischargedOn ?? null,
  outcome: (r) => (r.participation?.outcome as never) ?? null,
  version: (r) => r.participation?.version ?? null,
};
