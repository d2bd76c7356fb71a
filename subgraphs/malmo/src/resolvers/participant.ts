import { agencyParticipantFields } from '@malmokraften/shared';
import type { ParticipantResolvers } from '../generated/graphql';

export const Participant: ParticipantResolvers = {
  // The access log, the plan part, the joint mapping and the consents, as every agency has them.
  ...agencyParticipantFields('malmo'),
  socialAssistance: (p, _args, { malmo }) => malmo.socialAssistance(p.id),
  socialAssistanceDetails: (p, _args, { malmo }) => malmo.socialAssistanceDetails(p.id),
};
