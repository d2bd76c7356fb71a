import type { ParticipantResolvers } from '../generated/graphql';

export const Participant: ParticipantResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  malmoAccessLog: (p, _args, { malmo }) => malmo.accessLog(p.id),
  malmoPlanPart: (p, _args, { malmo }) => malmo.planPart(p.id),
  malmoMapping: (p, _args, { malmo }) => malmo.mapping.part(p.id),
  socialAssistance: (p, _args, { malmo }) => malmo.socialAssistance(p.id),
  socialAssistanceDetails: (p, _args, { malmo }) => malmo.socialAssistanceDetails(p.id),
  malmoConsents: (p, _args, { malmo }) => malmo.consentList(p.id),
};
