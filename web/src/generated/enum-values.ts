// Written by `npm run registry` from the common schema and the agencies' schemas (scripts/enum-values.ts);
// do not edit. Each enum's values in the schema's order.

export const AfConsentCategoryValues = ['INTERVENTIONS', 'JOB_MATCHES', 'MAPPING'] as const;
export const AfInterventionTypeValues = [
  'JOB_MATCHING',
  'LABOUR_MARKET_TRAINING',
  'WORK_EXPERIENCE_PLACEMENT',
  'WAGE_SUBSIDY',
  'NEW_START_JOB',
  'SUPPORTED_EMPLOYMENT',
  'REHAB_COOPERATION',
] as const;
export const AfMeasureValues = [
  'ENROLLED',
  'ONGOING',
  'ONGOING_AT_MONTH_END',
  'DISCHARGED',
  'DISCHARGED_TO_WORK_OR_STUDIES',
  'WITH_INTERVENTION',
  'OPPORTUNITIES_ACQUIRED',
  'OPPORTUNITIES_FILLED',
  'MATCHES',
  'PLACEMENTS_AT_3_MONTHS',
  'PLACEMENTS_AT_6_MONTHS',
] as const;
export const AgencyValues = ['AF', 'MALMO', 'FK', 'REGION'] as const;
export const CareActivityEndStatusValues = ['COMPLETED', 'CANCELLED'] as const;
export const CareActivityTypeValues = [
  'SUPPORT_CONVERSATION',
  'FYSS_PRESCRIPTION',
  'PHYSIOTHERAPY',
  'MEDICAL_STATEMENT_HELP',
  'CONTACT_WITH_DOCTOR',
  'CARE_COORDINATION',
] as const;
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
export const EndStatusValues = ['COMPLETED', 'CANCELLED'] as const;
export const EntryRouteValues = ['AF', 'SOCIAL_SERVICES', 'FK'] as const;
export const FkBenefitTypeValues = [
  'SJUKPENNING',
  'AKTIVITETSERSATTNING',
  'SJUKERSATTNING',
  'REHABILITERINGSPENNING',
] as const;
export const FkConsentCategoryValues = [
  'BENEFITS',
  'WORK_CAPACITY',
  'INTERVENTIONS',
  'KNOWN',
  'MATCHES',
  'MAPPING',
] as const;
export const FkEndStatusValues = ['COMPLETED', 'CANCELLED'] as const;
export const FkInterventionTypeValues = [
  'WORK_TRAINING_PLACEMENT',
  'WORK_CAPACITY_ASSESSMENT',
  'CONSULTATION',
  'REHAB_COOPERATION_TRANSFER',
] as const;
export const FkMeasureValues = [
  'WITH_INTERVENTION',
  'OPPORTUNITIES_ACQUIRED',
  'OPPORTUNITIES_FILLED',
  'MATCHES',
  'PLACEMENTS_AT_3_MONTHS',
  'PLACEMENTS_AT_6_MONTHS',
] as const;
export const FollowUpContactValues = ['PARTICIPANT', 'EMPLOYER', 'BOTH'] as const;
export const GenderValues = ['WOMAN', 'MAN', 'OTHER'] as const;
export const InterventionStatusValues = ['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED'] as const;
export const MalmoConsentCategoryValues = [
  'SOCIAL_ASSISTANCE_STATUS',
  'INTERVENTIONS',
  'KNOWN',
  'MATCHES',
  'MAPPING',
] as const;
export const MalmoEndStatusValues = ['COMPLETED', 'CANCELLED'] as const;
export const MalmoInterventionTypeValues = [
  'WORK_TRAINING',
  'LANGUAGE_PRACTICE',
  'MUNICIPAL_JOB',
  'MATCHING_GROUP',
  'LANGUAGE_SUPPORT_GROUP',
  'MOTIVATION_GROUP',
  'STUDY_FORUM',
  'SFI',
  'ADULT_EDUCATION',
] as const;
export const MalmoMeasureValues = [
  'WITH_INTERVENTION',
  'SOCIAL_ASSISTANCE_AT_ENROLMENT',
  'OPPORTUNITIES_ACQUIRED',
  'OPPORTUNITIES_FILLED',
  'MATCHES',
  'PLACEMENTS_AT_3_MONTHS',
  'PLACEMENTS_AT_6_MONTHS',
] as const;
export const MalmoOfficerRoleValues = [
  'SOCIALSEKRETERARE',
  'ARBETSMARKNADSSEKRETERARE',
  'STUDIE_OCH_YRKESVAGLEDARE',
] as const;
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
export const OutcomeValues = [
  'WORK_UNSUBSIDISED',
  'WORK_SUBSIDISED',
  'STUDIES',
  'REHAB_COOPERATION',
  'OTHER_INTERVENTION',
  'MOVED',
  'ENDED_OTHER',
] as const;
export const ParticipationStatusValues = ['ENROLLED', 'DISCHARGED'] as const;
export const PartyValues = [
  'AF',
  'MALMO_SOCIAL_SERVICES',
  'MALMO_LABOUR_MARKET',
  'MALMO_ADULT_EDUCATION',
  'FK',
  'REGION',
] as const;
export const PeriodKindValues = ['YEAR', 'TERTIAL', 'MONTH', 'ALL'] as const;
export const PlacementPointValues = ['TWO_WEEKS', 'THREE_MONTHS', 'SIX_MONTHS'] as const;
export const PlanGoalTypeValues = ['WORK', 'STUDIES'] as const;
export const PublicationStatusValues = ['PRELIMINARY', 'PUBLISHED'] as const;
export const RegionConsentCategoryValues = ['INTERVENTIONS', 'KNOWN', 'MAPPING'] as const;
export const RegionMeasureValues = ['WITH_INTERVENTION'] as const;
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
export const TimingSplitValues = ['GENDER', 'BACKGROUND'] as const;
export const WithheldReasonValues = ['SMALL_CELL', 'NO_POPULATION', 'UNSTABLE', 'NOT_PUBLISHED'] as const;
export const WorkAreaValues = ['INNERSTADEN', 'NORR', 'OSTER', 'SODER', 'VASTER', 'OUTSIDE_MALMO'] as const;
