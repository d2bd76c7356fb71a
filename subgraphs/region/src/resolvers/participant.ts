import { accessLogPart } from '@malmokraften/shared';
import type { ParticipantResolvers } from '../generated/graphql';

export const Participant: ParticipantResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  regionAccessLog: (p, _args, { region }) => accessLogPart(region.gate, p.id, 'ACCESS_LOG'),
  regionPlanPart: (p, _args, { region }) => region.planPart(p.id),
  careCoordination: (p, _args, { region }) => region.careCoordination(p.id),
  regionConsents: (p, _args, { region }) => region.consentList(p.id),
  sharingBlocked: (p, _args, { region }) => region.sharingBlocked(p.id),
};
