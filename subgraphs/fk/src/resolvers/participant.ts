import { agencyParticipantFields } from '@malmokraften/shared';
import type { ParticipantResolvers } from '../generated/graphql';

/** FK's fields on the programme's participant; each asks FK's gate itself. */
export const Participant: ParticipantResolvers = {
  // The access log, the plan part, the joint mapping and the consents, as every agency has them.
  ...agencyParticipantFields('fk'),
  benefits: (p, _args, { fk }) => fk.benefitList(p.id),
  workCapacity: (p, _args, { fk }) => fk.workCapacityList(p.id),
  fkReferral: (p, _args, { fk }) => fk.referral(p.id),
};
