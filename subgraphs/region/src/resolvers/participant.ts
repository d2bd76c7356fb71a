import { agencyParticipantFields } from '@malmokraften/shared';
import type { ParticipantResolvers } from '../generated/graphql';

export const Participant: ParticipantResolvers = {
  // The access log, the plan part, the joint mapping and the consents, as every agency has them.
  ...agencyParticipantFields('region'),
  careCoordination: (p, _args, { region }) => region.careCoordination(p.id),
  sharingBlocked: (p, _args, { region }) => region.sharingBlocked(p.id),
};
