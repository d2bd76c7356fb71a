import type { ParticipantResolvers } from '../generated/graphql';

/** FK's fields on the programme's participant; each asks FK's gate itself. */
export const Participant: ParticipantResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  fkAccessLog: (p, _args, { fk }) => fk.accessLog(p.id),
  fkPlanPart: (p, _args, { fk }) => fk.planPart(p.id),
  fkMapping: (p, _args, { fk }) => fk.mapping.part(p.id),
  benefits: (p, _args, { fk }) => fk.benefitList(p.id),
  workCapacity: (p, _args, { fk }) => fk.workCapacityList(p.id),
  fkConsents: (p, _args, { fk }) => fk.consentList(p.id),
  fkReferral: (p, _args, { fk }) => fk.referral(p.id),
};
