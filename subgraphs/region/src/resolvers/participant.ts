import type { ParticipantResolvers } from '../generated/graphql';

export const Participant: ParticipantResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  regionAccessLog: (p, _args, { region }) => region.accessLog(p.id),
  regionPlanPart: (p, _args, { region }) => region.planPart(p.id),
  regionMapping: (p, _args, { region }) => region.mapping.part(p.id),
  careCoordination: (p, _args, { region }) => region.careCoordination(p.id),
  regionConsents: (p, _args, { region }) => region.consentList(p.id),
  sharingBlocked: (p, _args, { region }) => region.sharingBlocked(p.id),
};
