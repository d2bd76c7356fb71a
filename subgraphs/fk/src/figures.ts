import { employerWorkFamilies, interventionFamilies, type AgencyFigures } from '@malmokraften/shared';
import { FK_INTERVENTION_TYPES } from './models';

/** Försäkringskassan's figures: its interventions running in a period, by legal gender (from the personnummer it holds) and by type. */
export const FK_FIGURES: AgencyFigures = {
  agency: 'FK',
  // Its interventions, and its employer work (docs/REPORT-DEFINITIONS.md, "Employer work").
  families: () =>
    Promise.resolve({ ...interventionFamilies('FK', FK_INTERVENTION_TYPES), ...employerWorkFamilies('FK') }),
};
