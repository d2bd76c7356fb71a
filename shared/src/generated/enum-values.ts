// Written by `npm run registry` from the common schema (scripts/enum-values.ts);
// do not edit. Each enum's values in the schema's order.

export const AgencyValues = ['AF', 'MALMO', 'FK', 'REGION'] as const;
export const DeclineReasonValues = [
  'PARTICIPANT_DECLINED',
  'EMPLOYER_DECLINED',
  'NOT_SUITABLE',
  'NO_PLACE_LEFT',
  'OTHER',
] as const;
export const EmployerSectorValues = [
  'MANUFACTURING',
  'CONSTRUCTION',
  'RETAIL',
  'TRANSPORT_AND_LOGISTICS',
  'HOTELS_AND_RESTAURANTS',
  'INFORMATION_AND_COMMUNICATION',
  'CLEANING_AND_PROPERTY_SERVICES',
  'BUSINESS_SERVICES',
  'PUBLIC_ADMINISTRATION',
  'EDUCATION',
  'HEALTH_AND_SOCIAL_CARE',
  'CULTURE_AND_LEISURE',
] as const;
export const FollowUpContactValues = ['PARTICIPANT', 'EMPLOYER', 'BOTH'] as const;
export const InterventionStatusValues = ['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED'] as const;
export const MatchGoalValues = ['WORK', 'STUDIES'] as const;
export const MatchStatusValues = ['PROPOSED', 'PRESENTED', 'INTERVIEW', 'HIRED', 'DECLINED'] as const;
export const OpportunityStatusValues = ['OPEN', 'FILLED', 'CLOSED'] as const;
export const OpportunityTypeValues = [
  'JOB',
  'SUBSIDISED_JOB',
  'WORK_TRAINING',
  'INTERNSHIP',
  'LANGUAGE_PRACTICE',
] as const;
export const PartyValues = [
  'AF',
  'MALMO_SOCIAL_SERVICES',
  'MALMO_LABOUR_MARKET',
  'MALMO_ADULT_EDUCATION',
  'FK',
  'REGION',
] as const;
export const PlacementPointValues = ['TWO_WEEKS', 'THREE_MONTHS', 'SIX_MONTHS'] as const;
export const PublicationStatusValues = ['PRELIMINARY', 'PUBLISHED'] as const;
export const ReportDimensionValues = [
  'GENDER',
  'AGE_BAND',
  'TEAM',
  'ENTRY_ROUTE',
  'BACKGROUND',
  'INTERVENTION_TYPE',
  'OUTCOME',
  'MONTH',
  'OPPORTUNITY_TYPE',
  'MATCH_OUTCOME',
  'PLACEMENT_HELD',
] as const;
export const SwedishLevelValues = ['NONE', 'BASIC', 'INTERMEDIATE', 'FLUENT'] as const;
export const TargetFigureValues = [
  'TO_WORK_OR_STUDIES',
  'TO_REHAB_COOPERATION',
  'FK_ENTRIES',
  'SOCIAL_ASSISTANCE_LEFT',
  'ONGOING',
] as const;
export const WithheldReasonValues = ['SMALL_CELL', 'NO_POPULATION', 'UNSTABLE', 'NOT_PUBLISHED'] as const;
export const WorkAreaValues = ['INNERSTADEN', 'NORR', 'OSTER', 'SODER', 'VASTER', 'OUTSIDE_MALMO'] as const;
