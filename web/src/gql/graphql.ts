/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AfConsentCategory =
  | 'INTERVENTIONS'
  | 'JOB_MATCHES'
  /** AF's perspective in the joint mapping (gemensam kartläggning). */
  | 'MAPPING';

export type AfConsentInput = {
  categories: Array<AfConsentCategory>;
  participantId: string | number;
  recipient: Party;
  validFrom: string;
  validTo?: string | null | undefined;
};

export type AfInterventionInput = {
  endDate?: string | null | undefined;
  extentPercent?: number | null | undefined;
  participantId: string | number;
  startDate?: string | null | undefined;
  status: InterventionStatus;
  title: string;
  type: AfInterventionType;
};

/** AF's toolbox. */
export type AfInterventionType =
  | 'JOB_MATCHING'
  | 'LABOUR_MARKET_TRAINING'
  | 'NEW_START_JOB'
  | 'REHAB_COOPERATION'
  | 'SUPPORTED_EMPLOYMENT'
  | 'WAGE_SUBSIDY'
  | 'WORK_EXPERIENCE_PLACEMENT';

/** The four agencies that own records in the programme. */
export type Agency =
  /** Arbetsförmedlingen */
  | 'AF'
  /** Försäkringskassan */
  | 'FK'
  /** Malmö stad */
  | 'MALMO'
  /** Region Skåne */
  | 'REGION';

export type CareActivityEndStatus =
  | 'CANCELLED'
  | 'COMPLETED';

export type CareActivityInput = {
  /** Stays within Region Skåne; no clinical content. */
  coordinationNote?: string | null | undefined;
  endDate?: string | null | undefined;
  extentPercent?: number | null | undefined;
  participantId: string | number;
  startDate?: string | null | undefined;
  status: InterventionStatus;
  /** Shared with the team when the person consents: write no diagnosis or clinical detail here. */
  title: string;
  type: CareActivityType;
};

/** Region Skåne's toolbox in the programme. */
export type CareActivityType =
  /** Vårdsamordning */
  | 'CARE_COORDINATION'
  /** Contact with the person's doctor or rehabiliteringskoordinator */
  | 'CONTACT_WITH_DOCTOR'
  /** Fysisk aktivitet på recept (FYSS-recept) */
  | 'FYSS_PRESCRIPTION'
  /** Help to read and understand a medical statement (läkarintyg) */
  | 'MEDICAL_STATEMENT_HELP'
  /** Fysioterapi */
  | 'PHYSIOTHERAPY'
  /** Stödsamtal */
  | 'SUPPORT_CONVERSATION';

export type CareActivityUpdate = {
  /** A new note replaces the old one; null removes it. */
  coordinationNote?: string | null | undefined;
  endDate?: string | null | undefined;
  /**
   * The version you read (the record's `version`). When given and the record
   * changed meanwhile, nothing is changed and the answer is CONFLICT with the
   * current version in `extensions.currentVersion`.
   */
  expectedVersion?: number | null | undefined;
  extentPercent?: number | null | undefined;
  startDate?: string | null | undefined;
  status?: InterventionStatus | null | undefined;
  title?: string | null | undefined;
};

export type DeclineReason =
  | 'EMPLOYER_DECLINED'
  /** The team found that it did not fit after all. */
  | 'NOT_SUITABLE'
  /** The places were taken or the opportunity closed. */
  | 'NO_PLACE_LEFT'
  | 'OTHER'
  | 'PARTICIPANT_DECLINED';

/** An employer as an agency records it. Organisations only: a sole trader's number is a personnummer, and the register is shared with every team. */
export type EmployerInput = {
  area: WorkArea;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** When changing the agency's record: the version you read; CONFLICT when it changed meanwhile. */
  expectedVersion?: number | null | undefined;
  name: string;
  /** Ten digits, NNNNNN-NNNN (the dash may be left out). */
  organisationNumber: string;
  sector: EmployerSector;
};

/** An employer's sector, after the sections of the Swedish standard industrial classification (SNI 2007) as Malmö's labour market falls into them. */
export type EmployerSector =
  | 'BUSINESS_SERVICES'
  | 'CLEANING_AND_PROPERTY_SERVICES'
  | 'CONSTRUCTION'
  | 'CULTURE_AND_LEISURE'
  | 'EDUCATION'
  | 'HEALTH_AND_SOCIAL_CARE'
  | 'HOTELS_AND_RESTAURANTS'
  | 'INFORMATION_AND_COMMUNICATION'
  | 'MANUFACTURING'
  | 'PUBLIC_ADMINISTRATION'
  | 'RETAIL'
  | 'TRANSPORT_AND_LOGISTICS';

export type EndStatus =
  | 'CANCELLED'
  | 'COMPLETED';

export type EnrolInput = {
  bornOutsideEurope: boolean;
  enrolledOn: string;
  entryRoute: EntryRoute;
  firstName: string;
  gender: Gender;
  lastName: string;
  monthsWithoutWork: number;
  /** 12 digits, YYYYMMDDNNNN. */
  personnummer: string;
  protectedIdentity?: boolean | null | undefined;
  registeredAtAf: boolean;
  residentInMalmo: boolean;
  /** Whether the person received social assistance (försörjningsstöd) at enrolment, as they stated it. */
  socialAssistanceAtEnrolment: boolean;
};

/** Where the person came into the programme from. */
export type EntryRoute =
  | 'AF'
  | 'FK'
  | 'SOCIAL_SERVICES';

/** What a person can consent to FK sharing with another party. */
export type FkConsentCategory =
  /** Benefit type and extent. */
  | 'BENEFITS'
  /** FK's interventions in the joint plan, including a planned transfer to rehabiliteringssamverkan. */
  | 'INTERVENTIONS'
  /** That Försäkringskassan holds records on the person at all (the person on a team's list). */
  | 'KNOWN'
  /** FK's perspective in the joint mapping (gemensam kartläggning). */
  | 'MAPPING'
  /** Matches to FK's opportunities (work-training places), placements and their follow-ups. */
  | 'MATCHES'
  /** Assessments of work capacity (arbetsförmåga). */
  | 'WORK_CAPACITY';

export type FkConsentInput = {
  categories: Array<FkConsentCategory>;
  participantId: string | number;
  recipient: Party;
  validFrom: string;
  validTo?: string | null | undefined;
};

export type FkEndStatus =
  | 'CANCELLED'
  | 'COMPLETED';

export type FkInterventionInput = {
  endDate?: string | null | undefined;
  extentPercent?: number | null | undefined;
  participantId: string | number;
  startDate?: string | null | undefined;
  status: InterventionStatus;
  title: string;
  type: FkInterventionType;
};

/** FK's toolbox. */
export type FkInterventionType =
  /** Consultation to the team by the försäkringsutredare. */
  | 'CONSULTATION'
  /** Planned transfer to rehabiliteringssamverkan AF/FK. */
  | 'REHAB_COOPERATION_TRANSFER'
  /** Assessment of work capacity (bedömning av arbetsförmåga). */
  | 'WORK_CAPACITY_ASSESSMENT'
  /** Work-training placement at an employer (arbetsträning hos arbetsgivare). */
  | 'WORK_TRAINING_PLACEMENT';

export type FkInterventionUpdate = {
  endDate?: string | null | undefined;
  /**
   * The version you read (the record's `version`). When given and the record
   * changed meanwhile, nothing is changed and the answer is CONFLICT with the
   * current version in `extensions.currentVersion`.
   */
  expectedVersion?: number | null | undefined;
  extentPercent?: number | null | undefined;
  startDate?: string | null | undefined;
  status?: InterventionStatus | null | undefined;
  title?: string | null | undefined;
};

export type FkRegistrationInput = {
  firstName: string;
  lastName: string;
  /** The programme's pseudonymous id, P-XXXXXXXX, as issued at enrolment. */
  participantId: string | number;
  /** 12 digits, YYYYMMDDNNNN. */
  personnummer: string;
  protectedIdentity?: boolean | null | undefined;
  /** The person's team in the programme, e.g. T11. */
  teamId?: string | number | null | undefined;
};

/** Whom a follow-up contact was with. */
export type FollowUpContact =
  | 'BOTH'
  | 'EMPLOYER'
  | 'PARTICIPANT';

export type FollowUpInput = {
  agenda?: string | null | undefined;
  participantId: string | number;
  scheduledAt: string;
};

export type Gender =
  | 'MAN'
  | 'OTHER'
  | 'WOMAN';

export type InterventionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ONGOING'
  | 'PLANNED';

export type InterventionUpdate = {
  endDate?: string | null | undefined;
  /**
   * The version you read (the record's `version`). When given and the record
   * changed meanwhile, nothing is changed and the answer is CONFLICT with the
   * current version in `extensions.currentVersion`.
   */
  expectedVersion?: number | null | undefined;
  extentPercent?: number | null | undefined;
  startDate?: string | null | undefined;
  status?: InterventionStatus | null | undefined;
  title?: string | null | undefined;
};

/** What a person can consent to Malmö stad sharing with another party. */
export type MalmoConsentCategory =
  /** Municipal interventions in the joint plan (labour-market unit and adult education) */
  | 'INTERVENTIONS'
  /** That Malmö stad holds records on the person at all (the person on a team's list). */
  | 'KNOWN'
  /** The city's perspective in the joint mapping (gemensam kartläggning) (labour-market unit and adult education) */
  | 'MAPPING'
  /** Matches to the city's opportunities, placements and their follow-ups (labour-market unit and adult education) */
  | 'MATCHES'
  /** Whether the person receives försörjningsstöd, and since when (social services) */
  | 'SOCIAL_ASSISTANCE_STATUS';

export type MalmoConsentInput = {
  categories: Array<MalmoConsentCategory>;
  participantId: string | number;
  recipient: Party;
  validFrom: string;
  validTo?: string | null | undefined;
};

/** How a municipal intervention ended. */
export type MalmoEndStatus =
  | 'CANCELLED'
  | 'COMPLETED';

export type MalmoInterventionInput = {
  endDate?: string | null | undefined;
  extentPercent?: number | null | undefined;
  participantId: string | number;
  startDate?: string | null | undefined;
  status: InterventionStatus;
  title: string;
  type: MalmoInterventionType;
};

/** Malmö stad's toolbox of municipal interventions (kommunala insatser). */
export type MalmoInterventionType =
  /** Komvux, kommunal vuxenutbildning (adult education) */
  | 'ADULT_EDUCATION'
  /** Språkpraktik at an employer */
  | 'LANGUAGE_PRACTICE'
  /** Språkstödsgrupp */
  | 'LANGUAGE_SUPPORT_GROUP'
  /** Matchningsgrupp */
  | 'MATCHING_GROUP'
  /** Motivationsgrupp */
  | 'MOTIVATION_GROUP'
  /** Kommunal anställning (municipal job) */
  | 'MUNICIPAL_JOB'
  /** SFI, svenska för invandrare (Swedish for immigrants) */
  | 'SFI'
  /** Studieforum with a studie- och yrkesvägledare (SYV) */
  | 'STUDY_FORUM'
  /** Arbetsträning */
  | 'WORK_TRAINING';

export type MalmoInterventionUpdate = {
  endDate?: string | null | undefined;
  /**
   * The version you read (the record's `version`). When given and the record
   * changed meanwhile, nothing is changed and the answer is CONFLICT with the
   * current version in `extensions.currentVersion`.
   */
  expectedVersion?: number | null | undefined;
  extentPercent?: number | null | undefined;
  startDate?: string | null | undefined;
  status?: InterventionStatus | null | undefined;
  title?: string | null | undefined;
};

export type MalmoRegisterInput = {
  firstName: string;
  lastName: string;
  /** The programme's pseudonymous id, P-XXXXXXXX, as issued at enrolment. */
  participantId: string | number;
  /** 12 digits, YYYYMMDDNNNN. */
  personnummer: string;
  /** Skyddade personuppgifter. */
  protectedIdentity?: boolean | null | undefined;
  /** The person's team, e.g. T01. */
  teamId?: string | number | null | undefined;
};

/** An agency's perspective in the joint mapping, as its staff record it. */
export type MappingInput = {
  /** At most 2,000 characters. */
  abilities: string;
  /** The version you read (0 or left out when none is recorded yet); CONFLICT with the current version when it changed meanwhile. */
  expectedVersion?: number | null | undefined;
  /** At most 2,000 characters. */
  obstacles: string;
  participantId: string | number;
  /** At most 2,000 characters. */
  situation: string;
  /** At most 2,000 characters. */
  wishes: string;
};

export type MatchFact =
  | 'AREA'
  | 'DRIVING_LICENCE'
  | 'GOAL'
  | 'HOURS'
  | 'OCCUPATIONS'
  | 'SWEDISH_LEVEL'
  | 'SWEDISH_STUDIES'
  | 'WORK_CAPACITY';

export type MatchReasonCode =
  /** The plan's goal is studies, and this is a job. */
  | 'GOAL_DIFFERS'
  /** The plan's goal is studies and this fits beside them (language practice, an internship). */
  | 'GOAL_STUDIES'
  /** The plan's goal is work and this is a job. */
  | 'GOAL_WORK'
  /** The plan's goal is work and this is a step towards it (work training, an internship, language practice). */
  | 'GOAL_WORK_STEP'
  /** More hours than the person's assessed work capacity. */
  | 'HOURS_ABOVE_CAPACITY'
  /** More hours than the person looks for. */
  | 'HOURS_ABOVE_WISH'
  /** The hours fit what the person looks for and can work. */
  | 'HOURS_WITHIN'
  /** Language practice beside the person's Swedish studies (SFI). */
  | 'LANGUAGE_PRACTICE_BESIDE_SFI'
  /** The work needs a driving licence, which the person has. */
  | 'LICENCE_HELD'
  /** The work needs a driving licence, which the person lacks. */
  | 'LICENCE_MISSING'
  /** An occupation the person looks for. */
  | 'OCCUPATION_WISHED'
  /** Outside Malmö, for someone without a driving licence. */
  | 'OUTSIDE_MALMO_WITHOUT_LICENCE'
  /** In the area where the person wants to work. */
  | 'SAME_AREA'
  /** The work needs more Swedish than the person has. */
  | 'SWEDISH_BELOW'
  /** The person's Swedish is enough for the work. */
  | 'SWEDISH_ENOUGH';

/** Where a match of a person to an opportunity stands. */
export type MatchStatus =
  /** It did not come about; declineReason says why. */
  | 'DECLINED'
  /** The person got the job or the place. */
  | 'HIRED'
  /** An interview with the employer, the participant and the caseworker together. */
  | 'INTERVIEW'
  /** The person has been presented to the employer. */
  | 'PRESENTED'
  /** The team proposes the person for the opportunity. */
  | 'PROPOSED';

/** The next step of a match. */
export type MatchStepInput = {
  /** For DECLINED: why. */
  declineReason?: DeclineReason | null | undefined;
  /** The version you read; CONFLICT when the match changed meanwhile. */
  expectedVersion?: number | null | undefined;
  matchId: string | number;
  note?: string | null | undefined;
  /** The day of the step; an interview may be booked up to a year ahead, the others are on or before today. */
  on: string;
  /** For HIRED: the first day of work or of the place. */
  placementStart?: string | null | undefined;
  /** PRESENTED, INTERVIEW, HIRED or DECLINED. */
  step: MatchStatus;
};

/** A change of an opportunity: close it, open it again, or change its places. */
export type OpportunityChange = {
  /** The version you read; CONFLICT when it changed meanwhile. */
  expectedVersion?: number | null | undefined;
  places?: number | null | undefined;
  startDate?: string | null | undefined;
  /** OPEN or CLOSED; FILLED follows from the hires. */
  status?: OpportunityStatus | null | undefined;
  title?: string | null | undefined;
};

/** An opportunity acquired from an employer the agency has recorded. */
export type OpportunityInput = {
  acquiredOn: string;
  /** The employer's area when not given. */
  area?: WorkArea | null | undefined;
  drivingLicence?: boolean | null | undefined;
  employerOrganisationNumber: string;
  /** 1–100. */
  hoursPercent: number;
  occupation: string;
  /** 1–50. */
  places?: number | null | undefined;
  requirements?: string | null | undefined;
  startDate?: string | null | undefined;
  swedishLevel: SwedishLevel;
  title: string;
  type: OpportunityType;
};

export type OpportunityStatus =
  /** Closed by the agency before it was filled. */
  | 'CLOSED'
  /** Every place is taken. */
  | 'FILLED'
  /** Places are open: people can be matched to it. */
  | 'OPEN';

/** What an employer offers: a job, a subsidised job, a work-training place, an internship or language practice. */
export type OpportunityType =
  /** An internship or work-experience placement (praktikplats). */
  | 'INTERNSHIP'
  /** A job without a subsidy (arbetstillfälle). */
  | 'JOB'
  /** Language practice at a workplace (språkpraktik), often beside SFI. */
  | 'LANGUAGE_PRACTICE'
  /** A job with a subsidy: lönebidrag, nystartsjobb, introduktionsjobb, a municipal subsidised job. */
  | 'SUBSIDISED_JOB'
  /** A work-training place (arbetsträningsplats). */
  | 'WORK_TRAINING';

/** Outcome at discharge (utskrivning). */
export type Outcome =
  | 'ENDED_OTHER'
  | 'MOVED'
  | 'OTHER_INTERVENTION'
  /** Rehabiliteringssamverkan AF/FK. */
  | 'REHAB_COOPERATION'
  | 'STUDIES'
  /** Subsidised work, e.g. lönebidrag or nystartsjobb. */
  | 'WORK_SUBSIDISED'
  | 'WORK_UNSUBSIDISED';

export type ParticipationStatus =
  | 'DISCHARGED'
  | 'ENROLLED';

/**
 * An independent part that consent can name as recipient. Secrecy applies
 * between them even inside one municipality (OSL 8 kap. 2 §).
 */
export type Party =
  | 'AF'
  | 'FK'
  /** Malmö stad, adult education (vuxenutbildningen, SYV) */
  | 'MALMO_ADULT_EDUCATION'
  /** Malmö stad, labour-market unit (arbetsmarknadsavdelningen) */
  | 'MALMO_LABOUR_MARKET'
  /** Malmö stad, social services (socialtjänsten / ekonomiskt bistånd) */
  | 'MALMO_SOCIAL_SERVICES'
  | 'REGION';

/** A follow-up contact after a placement, as made. */
export type PlacementFollowUpInput = {
  contactWith: FollowUpContact;
  doneOn: string;
  followUpId: string | number;
  note?: string | null | undefined;
  stillEmployed: boolean;
};

/** The fixed points after the first day of a placement at which the team follows up that the job is kept. */
export type PlacementPoint =
  /** Six months after the first day. */
  | 'SIX_MONTHS'
  /** Three months after the first day. */
  | 'THREE_MONTHS'
  /** Two weeks after the first day. */
  | 'TWO_WEEKS';

export type PlanGoalType =
  | 'STUDIES'
  | 'WORK';

/** A person proposed for an opportunity. */
export type ProposeMatchInput = {
  note?: string | null | undefined;
  opportunityId: string | number;
  participantId: string | number;
  proposedOn: string;
};

/** Whether a period's figures are published (a stored, unchanging copy) or preliminary (counted anew on every question). */
export type PublicationStatus =
  /** Counted anew from the records on every question: the period is open, or closed and within its grace period. */
  | 'PRELIMINARY'
  /** Answered from the agency's stored copy, which never changes; a correction is a new version. */
  | 'PUBLISHED';

/** What Region Skåne can share with another party, with the person's consent. */
export type RegionConsentCategory =
  /** The care-coordination activities in the joint plan. */
  | 'INTERVENTIONS'
  /** That Region Skåne holds records on the person at all (the person on a team's list); never under a spärr. */
  | 'KNOWN'
  /** Region Skåne's perspective in the joint mapping (gemensam kartläggning); never under a spärr. */
  | 'MAPPING';

export type RegionConsentInput = {
  categories: Array<RegionConsentCategory>;
  participantId: string | number;
  recipient: Party;
  validFrom: string;
  validTo?: string | null | undefined;
};

export type RegionRegistrationInput = {
  firstName: string;
  lastName: string;
  /** The programme's pseudonymous id, P-XXXXXXXX. */
  participantId: string | number;
  /** 12 digits, YYYYMMDDNNNN. */
  personnummer: string;
  protectedIdentity?: boolean | null | undefined;
  /** The person's team in the programme, e.g. T01. */
  teamId?: string | number | null | undefined;
};

/** Swedish, as a piece of work needs it or as a person has it. */
export type SwedishLevel =
  | 'BASIC'
  | 'FLUENT'
  | 'INTERMEDIATE'
  | 'NONE';

/** The figures that have a target in the programme's application. */
export type TargetFigure =
  /** Enrolled from Försäkringskassan: 20 a year. */
  | 'FK_ENTRIES'
  /** Ongoing participants as a level: the average of the number ongoing on each day of the period, against 1,200. */
  | 'ONGOING'
  /** Left social assistance by discharge: at least 45 %. */
  | 'SOCIAL_ASSISTANCE_LEFT'
  /** Discharged to rehabiliteringssamverkan AF/FK: at least 30 over the programme (10 a year). */
  | 'TO_REHAB_COOPERATION'
  /** Discharged to work or studies: 350 in 2025, 400 in 2026, 450 in 2027. */
  | 'TO_WORK_OR_STUDIES';

/** Why a published figure has no value. */
export type WithheldReason =
  /** Not published in this form: a figure kept for older clients (see the field's deprecation), or a share published only once the period's report is published. */
  | 'NOT_PUBLISHED'
  /** There is no one to compute it over (a share or median of nobody). */
  | 'NO_POPULATION'
  /** Withheld by the small-cell rule: it counts fewer than 5 people, or would let someone work out a cell that does. */
  | 'SMALL_CELL'
  /** A median that one person more or fewer would change: withheld so that no one's value can be read from the difference of two answers. */
  | 'UNSTABLE';

/** Where the work is (or where a person wants to work): one of Malmö's five city areas (stadsområden), or outside the city. */
export type WorkArea =
  | 'INNERSTADEN'
  | 'NORR'
  | 'OSTER'
  | 'OUTSIDE_MALMO'
  | 'SODER'
  | 'VASTER';

export type AccessLogLineFragment = { at: string, agency: Agency, officerId: string, organisation: string, roles: Array<string>, categories: Array<string>, action: string, purpose: string, decision: string };

export type PlanInterventionFieldsFragment = { id: string, agency: Agency, type: string, title: string, status: InterventionStatus, startDate: string | null, endDate: string | null, extentPercent: number | null };

export type AfAuditReviewQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AfAuditReviewQuery = { review: { agency: Agency, outsideTeam: Array<{ requestId: string | null, at: string, agency: Agency, officerId: string, organisation: string, roles: Array<string>, categories: Array<string>, action: string, purpose: string, decision: string }>, outsideOfficeHours: Array<{ requestId: string | null, at: string, agency: Agency, officerId: string, organisation: string, roles: Array<string>, categories: Array<string>, action: string, purpose: string, decision: string }>, unusuallyMany: Array<{ officerId: string, windowStart: string, windowEnd: string, participants: number }> } };

export type MalmoAuditReviewQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type MalmoAuditReviewQuery = { review: { agency: Agency, outsideTeam: Array<{ requestId: string | null, at: string, agency: Agency, officerId: string, organisation: string, roles: Array<string>, categories: Array<string>, action: string, purpose: string, decision: string }>, outsideOfficeHours: Array<{ requestId: string | null, at: string, agency: Agency, officerId: string, organisation: string, roles: Array<string>, categories: Array<string>, action: string, purpose: string, decision: string }>, unusuallyMany: Array<{ officerId: string, windowStart: string, windowEnd: string, participants: number }> } };

export type FkAuditReviewQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type FkAuditReviewQuery = { review: { agency: Agency, outsideTeam: Array<{ requestId: string | null, at: string, agency: Agency, officerId: string, organisation: string, roles: Array<string>, categories: Array<string>, action: string, purpose: string, decision: string }>, outsideOfficeHours: Array<{ requestId: string | null, at: string, agency: Agency, officerId: string, organisation: string, roles: Array<string>, categories: Array<string>, action: string, purpose: string, decision: string }>, unusuallyMany: Array<{ officerId: string, windowStart: string, windowEnd: string, participants: number }> } };

export type RegionAuditReviewQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type RegionAuditReviewQuery = { review: { agency: Agency, outsideTeam: Array<{ requestId: string | null, at: string, agency: Agency, officerId: string, organisation: string, roles: Array<string>, categories: Array<string>, action: string, purpose: string, decision: string }>, outsideOfficeHours: Array<{ requestId: string | null, at: string, agency: Agency, officerId: string, organisation: string, roles: Array<string>, categories: Array<string>, action: string, purpose: string, decision: string }>, unusuallyMany: Array<{ officerId: string, windowStart: string, windowEnd: string, participants: number }> } };

export type RecordAfConsentMutationVariables = Exact<{
  input: AfConsentInput;
}>;


export type RecordAfConsentMutation = { recordAfConsent: { id: string, state: string } };

export type RecordMalmoConsentMutationVariables = Exact<{
  input: MalmoConsentInput;
}>;


export type RecordMalmoConsentMutation = { recordMalmoConsent: { id: string, state: string } };

export type RecordFkConsentMutationVariables = Exact<{
  input: FkConsentInput;
}>;


export type RecordFkConsentMutation = { recordFkConsent: { id: string, state: string } };

export type RecordRegionConsentMutationVariables = Exact<{
  input: RegionConsentInput;
}>;


export type RecordRegionConsentMutation = { recordRegionConsent: { id: string, state: string } };

export type WithdrawAfConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawAfConsentMutation = { withdrawAfConsent: { id: string, state: string, withdrawnAt: string | null } };

export type WithdrawMalmoConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawMalmoConsentMutation = { withdrawMalmoConsent: { id: string, state: string, withdrawnAt: string | null } };

export type WithdrawFkConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawFkConsentMutation = { withdrawFkConsent: { id: string, state: string, withdrawnAt: string | null } };

export type WithdrawRegionConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawRegionConsentMutation = { withdrawRegionConsent: { id: string, state: string, withdrawnAt: string | null } };

export type RecordAfMappingMutationVariables = Exact<{
  input: MappingInput;
}>;


export type RecordAfMappingMutation = { recordAfMapping: { agency: Agency, version: number | null } };

export type RecordMalmoMappingMutationVariables = Exact<{
  input: MappingInput;
}>;


export type RecordMalmoMappingMutation = { recordMalmoMapping: { agency: Agency, version: number | null } };

export type RecordFkMappingMutationVariables = Exact<{
  input: MappingInput;
}>;


export type RecordFkMappingMutation = { recordFkMapping: { agency: Agency, version: number | null } };

export type RecordRegionMappingMutationVariables = Exact<{
  input: MappingInput;
}>;


export type RecordRegionMappingMutation = { recordRegionMapping: { agency: Agency, version: number | null } };

export type ConsentsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsentsQuery = { participant: { id: string, afConsents: Array<{ id: string, agency: Agency, recipient: Party, categories: Array<string>, validFrom: string, validTo: string | null, withdrawnAt: string | null, state: string }> | null, malmoConsents: Array<{ id: string, agency: Agency, recipient: Party, categories: Array<string>, validFrom: string, validTo: string | null, withdrawnAt: string | null, state: string }> | null, fkConsents: Array<{ id: string, agency: Agency, recipient: Party, categories: Array<string>, validFrom: string, validTo: string | null, withdrawnAt: string | null, state: string }> | null, regionConsents: Array<{ id: string, agency: Agency, recipient: Party, categories: Array<string>, validFrom: string, validTo: string | null, withdrawnAt: string | null, state: string }> | null } };

export type PublishFiguresMutationVariables = Exact<{
  period: string;
  reason?: string | null | undefined;
}>;


export type PublishFiguresMutation = { af: { version: number | null }, malmo: { version: number | null }, fk: { version: number | null }, region: { version: number | null } };

export type AuditReviewFieldsFragment = { agency: Agency, outsideTeam: Array<{ requestId: string | null, at: string, agency: Agency, officerId: string, organisation: string, roles: Array<string>, categories: Array<string>, action: string, purpose: string, decision: string }>, outsideOfficeHours: Array<{ requestId: string | null, at: string, agency: Agency, officerId: string, organisation: string, roles: Array<string>, categories: Array<string>, action: string, purpose: string, decision: string }>, unusuallyMany: Array<{ officerId: string, windowStart: string, windowEnd: string, participants: number }> };

export type CaseloadQueryVariables = Exact<{
  team: string | number;
}>;


export type CaseloadQuery = { team: { id: string, name: string, capacity: number, ongoingCases: number, caseload: Array<{ id: string, name: string | null, programme: { status: ParticipationStatus | null, enrolledOn: string | null, nextFollowUp: { scheduledAt: string } | null } | null }> } | null };

export type PlacementFollowUpsDueQueryVariables = Exact<{
  team: string | number;
}>;


export type PlacementFollowUpsDueQuery = { team: { id: string, placementFollowUpsDue: { items: Array<{ agency: Agency, participantId: string, matchId: string, followUpId: string, point: PlacementPoint, dueOn: string, opportunityTitle: string, employerName: string }>, unavailable: Array<{ agency: Agency }> } } | null };

export type ConsentFieldsFragment = { id: string, agency: Agency, recipient: Party, categories: Array<string>, validFrom: string, validTo: string | null, withdrawnAt: string | null, state: string };

export type RecordedConsentFragment = { id: string, state: string };

export type WithdrawnConsentFragment = { id: string, state: string, withdrawnAt: string | null };

export type EmployerListingFragment = { name: string, sector: EmployerSector, area: WorkArea, opportunities: Array<{ id: string, status: OpportunityStatus }> };

export type EmployerSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  af: boolean;
  malmo: boolean;
  fk: boolean;
}>;


export type EmployerSearchQuery = { afEmployers?: Array<{ organisationNumber: string, afEmployer: { name: string, sector: EmployerSector, area: WorkArea, opportunities: Array<{ id: string, status: OpportunityStatus }> } | null }>, malmoEmployers?: Array<{ organisationNumber: string, malmoEmployer: { name: string, sector: EmployerSector, area: WorkArea, opportunities: Array<{ id: string, status: OpportunityStatus }> } | null }>, fkEmployers?: Array<{ organisationNumber: string, fkEmployer: { name: string, sector: EmployerSector, area: WorkArea, opportunities: Array<{ id: string, status: OpportunityStatus }> } | null }> };

export type EmployerQueryVariables = Exact<{
  org: string | number;
}>;


export type EmployerQuery = { employer: { organisationNumber: string, name: string | null, records: Array<{ agency: Agency, name: string, sector: EmployerSector, area: WorkArea, registeredOn: string, contactWithheld: boolean, version: number, contact: { name: string, phone: string | null, email: string | null } | null, opportunities: Array<{ id: string, agency: Agency, type: OpportunityType, title: string, occupation: string, hoursPercent: number, startDate: string | null, area: WorkArea, swedishLevel: SwedishLevel, drivingLicence: boolean, requirements: string | null, places: number, filledPlaces: number, status: OpportunityStatus, acquiredOn: string, version: number }> }> } };

export type RecordedEmployerFragment = { organisationNumber: string, name: string };

export type OpportunityTitleFragment = { id: string, title: string };

export type RecordAfEmployerMutationVariables = Exact<{
  input: EmployerInput;
}>;


export type RecordAfEmployerMutation = { recorded: { organisationNumber: string, name: string } };

export type RecordMalmoEmployerMutationVariables = Exact<{
  input: EmployerInput;
}>;


export type RecordMalmoEmployerMutation = { recorded: { organisationNumber: string, name: string } };

export type RecordFkEmployerMutationVariables = Exact<{
  input: EmployerInput;
}>;


export type RecordFkEmployerMutation = { recorded: { organisationNumber: string, name: string } };

export type AddAfOpportunityMutationVariables = Exact<{
  input: OpportunityInput;
}>;


export type AddAfOpportunityMutation = { added: { id: string, title: string } };

export type AddMalmoOpportunityMutationVariables = Exact<{
  input: OpportunityInput;
}>;


export type AddMalmoOpportunityMutation = { added: { id: string, title: string } };

export type AddFkOpportunityMutationVariables = Exact<{
  input: OpportunityInput;
}>;


export type AddFkOpportunityMutation = { added: { id: string, title: string } };

export type ChangeAfOpportunityMutationVariables = Exact<{
  id: string | number;
  input: OpportunityChange;
}>;


export type ChangeAfOpportunityMutation = { changed: { version: number, id: string, title: string } };

export type ChangeMalmoOpportunityMutationVariables = Exact<{
  id: string | number;
  input: OpportunityChange;
}>;


export type ChangeMalmoOpportunityMutation = { changed: { version: number, id: string, title: string } };

export type ChangeFkOpportunityMutationVariables = Exact<{
  id: string | number;
  input: OpportunityChange;
}>;


export type ChangeFkOpportunityMutation = { changed: { version: number, id: string, title: string } };

export type EnrolParticipantMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type EnrolParticipantMutation = { enrolParticipant: { id: string } };

export type AssignTeamMutationVariables = Exact<{
  participantId: string | number;
  teamId: string | number;
}>;


export type AssignTeamMutation = { assignTeam: { id: string, programme: { team: { id: string, name: string } | null } | null } };

export type TeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsQuery = { teams: Array<{ id: string, name: string, capacity: number, ongoingCases: number }> };

export type InterventionToEditQueryVariables = Exact<{
  id: string | number;
}>;


export type InterventionToEditQuery = { participant: { id: string, jointPlan: { items: Array<{ intervention: { version: number, id: string, agency: Agency, type: string, title: string, status: InterventionStatus, startDate: string | null, endDate: string | null, extentPercent: number | null } }> } } };

export type UpdateAfInterventionMutationVariables = Exact<{
  id: string | number;
  input: InterventionUpdate;
}>;


export type UpdateAfInterventionMutation = { updateAfIntervention: { id: string, version: number } };

export type UpdateMalmoInterventionMutationVariables = Exact<{
  id: string | number;
  input: MalmoInterventionUpdate;
}>;


export type UpdateMalmoInterventionMutation = { updateMalmoIntervention: { id: string, version: number } };

export type UpdateFkInterventionMutationVariables = Exact<{
  id: string | number;
  input: FkInterventionUpdate;
}>;


export type UpdateFkInterventionMutation = { updateFkIntervention: { id: string, version: number } };

export type UpdateCareActivityMutationVariables = Exact<{
  id: string | number;
  input: CareActivityUpdate;
}>;


export type UpdateCareActivityMutation = { updateCareActivity: { id: string, version: number } };

export type EndAfInterventionMutationVariables = Exact<{
  id: string | number;
  endDate: string;
  status: EndStatus;
  expectedVersion?: number | null | undefined;
}>;


export type EndAfInterventionMutation = { endAfIntervention: { id: string, version: number } };

export type EndMalmoInterventionMutationVariables = Exact<{
  id: string | number;
  endDate: string;
  status: MalmoEndStatus;
  expectedVersion?: number | null | undefined;
}>;


export type EndMalmoInterventionMutation = { endMalmoIntervention: { id: string, version: number } };

export type EndFkInterventionMutationVariables = Exact<{
  id: string | number;
  endDate: string;
  status: FkEndStatus;
  expectedVersion?: number | null | undefined;
}>;


export type EndFkInterventionMutation = { endFkIntervention: { id: string, version: number } };

export type EndCareActivityMutationVariables = Exact<{
  id: string | number;
  endDate: string;
  status: CareActivityEndStatus;
  expectedVersion?: number | null | undefined;
}>;


export type EndCareActivityMutation = { endCareActivity: { id: string, version: number } };

export type AddAfInterventionMutationVariables = Exact<{
  input: AfInterventionInput;
}>;


export type AddAfInterventionMutation = { addAfIntervention: { id: string, title: string } };

export type AddMalmoInterventionMutationVariables = Exact<{
  input: MalmoInterventionInput;
}>;


export type AddMalmoInterventionMutation = { addMalmoIntervention: { id: string, title: string } };

export type AddFkInterventionMutationVariables = Exact<{
  input: FkInterventionInput;
}>;


export type AddFkInterventionMutation = { addFkIntervention: { id: string, title: string } };

export type AddCareActivityMutationVariables = Exact<{
  input: CareActivityInput;
}>;


export type AddCareActivityMutation = { addCareActivity: { id: string, title: string } };

export type JointMappingQueryVariables = Exact<{
  id: string | number;
}>;


export type JointMappingQuery = { participant: { id: string, jointMapping: { perspectives: Array<{ agency: Agency, situation: string | null, abilities: string | null, wishes: string | null, obstacles: string | null, recordedAt: string | null, version: number | null }>, withheld: Array<{ agency: Agency, code: string, message: string }> } } };

export type RecordedMappingFragment = { agency: Agency, version: number | null };

export type MyPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type MyPlanQuery = { participant: { id: string, programme: { withheld: { agency: Agency } | null, goal: { type: PlanGoalType, description: string } | null, nextFollowUp: { scheduledAt: string, agenda: string | null } | null } | null, jointPlan: { items: Array<{ intervention: { id: string, agency: Agency, type: string, title: string, status: InterventionStatus, startDate: string | null, endDate: string | null, extentPercent: number | null, responsibleOfficer: { name: string, role: string } | null } }>, withheld: Array<{ agency: Agency }> }, afPlanPart: { responsibleOfficers: Array<{ name: string, role: string }> } | null, malmoPlanPart: { responsibleOfficers: Array<{ name: string, role: string }> } | null, fkPlanPart: { responsibleOfficers: Array<{ name: string, role: string }> } | null, regionPlanPart: { responsibleOfficers: Array<{ name: string, role: string }> } | null, accessLogExtract: { entries: Array<{ at: string, agency: Agency, officerId: string, organisation: string, roles: Array<string>, categories: Array<string>, action: string, purpose: string, decision: string }>, withheld: Array<{ agency: Agency }> } } };

export type PlanQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanQuery = { participant: { id: string, name: string | null, programme: { status: ParticipationStatus | null, withheld: { agency: Agency, message: string } | null, team: { id: string, name: string } | null, goal: { type: PlanGoalType, description: string } | null, nextFollowUp: { scheduledAt: string } | null } | null, jointPlan: { itemCount: number | null, items: Array<{ intervention: { version: number, id: string, agency: Agency, type: string, title: string, status: InterventionStatus, startDate: string | null, endDate: string | null, extentPercent: number | null, responsibleOfficer: { name: string, role: string } | null }, parallel: { count: number, ids: Array<string> } }>, withheld: Array<{ agency: Agency, code: string, message: string }> } } };

export type ProgrammeQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeQuery = { participant: { id: string, name: string | null, programme: { status: ParticipationStatus | null, version: number | null, enrolledOn: string | null, dischargedOn: string | null, outcome: Outcome | null, withheld: { agency: Agency, message: string } | null, team: { id: string, name: string } | null, goal: { type: PlanGoalType, description: string } | null, followUps: Array<{ id: string, scheduledAt: string, heldAt: string | null, agenda: string | null }>, nextFollowUp: { id: string, scheduledAt: string } | null } | null } };

export type SetPlanGoalMutationVariables = Exact<{
  participantId: string | number;
  goal: PlanGoalType;
  description: string;
  expectedVersion?: number | null | undefined;
}>;


export type SetPlanGoalMutation = { setPlanGoal: { id: string } };

export type ScheduleFollowUpMutationVariables = Exact<{
  input: FollowUpInput;
}>;


export type ScheduleFollowUpMutation = { scheduleFollowUp: { id: string, scheduledAt: string } };

export type RecordFollowUpHeldMutationVariables = Exact<{
  id: string | number;
  heldAt: string;
}>;


export type RecordFollowUpHeldMutation = { recordFollowUpHeld: { id: string, heldAt: string | null } };

export type DischargeParticipantMutationVariables = Exact<{
  participantId: string | number;
  dischargedOn: string;
  outcome: Outcome;
  expectedVersion?: number | null | undefined;
}>;


export type DischargeParticipantMutation = { dischargeParticipant: { id: string } };

export type RegisterMalmoParticipantMutationVariables = Exact<{
  input: MalmoRegisterInput;
}>;


export type RegisterMalmoParticipantMutation = { registerMalmoParticipant: { id: string } };

export type RegisterFkParticipantMutationVariables = Exact<{
  input: FkRegistrationInput;
}>;


export type RegisterFkParticipantMutation = { registerFkParticipant: { id: string } };

export type RegisterRegionParticipantMutationVariables = Exact<{
  input: RegionRegistrationInput;
}>;


export type RegisterRegionParticipantMutation = { registerRegionParticipant: { id: string } };

export type ProgrammeReportQueryVariables = Exact<{
  period: string;
}>;


export type ProgrammeReportQuery = { programmeReport: { period: string, lastDay: string, madeOn: string, afPublication: { agency: Agency, status: PublicationStatus, version: number | null, publishedOn: string | null, publishedBy: string | null, reason: string | null, definitionsVersion: string, hash: string | null, dueOn: string | null }, malmoPublication: { agency: Agency, status: PublicationStatus, version: number | null, publishedOn: string | null, publishedBy: string | null, reason: string | null, definitionsVersion: string, hash: string | null, dueOn: string | null }, ongoingLevel: Array<{ group: string, average: { value: number | null, withheld: WithheldReason | null }, minimum: { value: number | null, withheld: WithheldReason | null } }>, monthly: { ongoingAtMonthEnd: { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } }, enrolled: { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } }, discharged: { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } } }, enrolled: { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } }, ongoing: { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } }, discharged: { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } }, timeToOutcome: { groups: Array<{ group: string, people: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null }, within6Months: { value: number | null, withheld: WithheldReason | null }, within12Months: { value: number | null, withheld: WithheldReason | null } }> }, socialAssistanceLeft: { groups: Array<{ group: string, population: { value: number | null, withheld: WithheldReason | null }, count: { value: number | null, withheld: WithheldReason | null }, share: { value: number | null, withheld: WithheldReason | null } }> } | null, targets: Array<{ progress: number | null, onTrack: boolean | null, figure: TargetFigure, target: number, dueByToday: number, byGender: Array<{ group: string, value: { value: number | null, withheld: WithheldReason | null } }>, minimum: { value: number | null, withheld: WithheldReason | null } | null, value: { value: number | null, withheld: WithheldReason | null } }> } };

export type TargetFiguresFragment = { figure: TargetFigure, target: number, dueByToday: number, value: { value: number | null, withheld: WithheldReason | null } };

export type PublicationFieldsFragment = { agency: Agency, status: PublicationStatus, version: number | null, publishedOn: string | null, publishedBy: string | null, reason: string | null, definitionsVersion: string, hash: string | null, dueOn: string | null };

export type FigureTableFieldsFragment = { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } };

export type ReportYearQueryVariables = Exact<{
  period: string;
}>;


export type ReportYearQuery = { programmeReport: { period: string, discharged: { cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }> }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }> }, targets: Array<{ figure: TargetFigure, target: number, dueByToday: number, value: { value: number | null, withheld: WithheldReason | null } }> } };

export type PublishedVersionFragment = { version: number | null };

export type EmployerWorkQueryVariables = Exact<{
  id: string | number;
}>;


export type EmployerWorkQuery = { participant: { id: string, name: string | null, opportunityRanking: { count: number, basis: Array<{ fact: MatchFact, agency: Agency }>, unavailable: Array<{ agency: Agency, message: string }>, items: Array<{ score: number, reasons: Array<{ code: MatchReasonCode, points: number, agency: Agency, detail: string | null }>, opportunity: { id: string, agency: Agency, title: string, type: OpportunityType, hoursPercent: number, area: WorkArea, employerName: string, employerOrganisationNumber: string } }> }, employerWork: { matches: Array<{ id: string, agency: Agency, status: MatchStatus, proposedOn: string, presentedOn: string | null, interviewOn: string | null, hiredOn: string | null, placementStart: string | null, placementEndedOn: string | null, declinedOn: string | null, declineReason: DeclineReason | null, note: string | null, version: number, opportunity: { id: string, title: string, employerName: string, employerOrganisationNumber: string }, followUps: Array<{ id: string, point: PlacementPoint, dueOn: string, doneOn: string | null, contactWith: FollowUpContact | null, stillEmployed: boolean | null, note: string | null, closed: boolean }> }>, dueFollowUps: Array<{ followUpId: string }>, withheld: Array<{ agency: Agency, code: string, message: string }> } } };

export type ProposeAfMatchMutationVariables = Exact<{
  input: ProposeMatchInput;
}>;


export type ProposeAfMatchMutation = { match: { id: string } };

export type ProposeMalmoMatchMutationVariables = Exact<{
  input: ProposeMatchInput;
}>;


export type ProposeMalmoMatchMutation = { match: { id: string } };

export type ProposeFkMatchMutationVariables = Exact<{
  input: ProposeMatchInput;
}>;


export type ProposeFkMatchMutation = { match: { id: string } };

export type MatchStepFragment = { id: string, status: MatchStatus, version: number };

export type RecordAfMatchStepMutationVariables = Exact<{
  input: MatchStepInput;
}>;


export type RecordAfMatchStepMutation = { match: { id: string, status: MatchStatus, version: number } };

export type RecordMalmoMatchStepMutationVariables = Exact<{
  input: MatchStepInput;
}>;


export type RecordMalmoMatchStepMutation = { match: { id: string, status: MatchStatus, version: number } };

export type RecordFkMatchStepMutationVariables = Exact<{
  input: MatchStepInput;
}>;


export type RecordFkMatchStepMutation = { match: { id: string, status: MatchStatus, version: number } };

export type RecordAfPlacementFollowUpMutationVariables = Exact<{
  input: PlacementFollowUpInput;
}>;


export type RecordAfPlacementFollowUpMutation = { match: { id: string } };

export type RecordMalmoPlacementFollowUpMutationVariables = Exact<{
  input: PlacementFollowUpInput;
}>;


export type RecordMalmoPlacementFollowUpMutation = { match: { id: string } };

export type RecordFkPlacementFollowUpMutationVariables = Exact<{
  input: PlacementFollowUpInput;
}>;


export type RecordFkPlacementFollowUpMutation = { match: { id: string } };

export const PlanInterventionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanInterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanIntervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"extentPercent"}}]}}]} as unknown as DocumentNode<PlanInterventionFieldsFragment, unknown>;
export const AccessLogLineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]} as unknown as DocumentNode<AccessLogLineFragment, unknown>;
export const AuditReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"outsideTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outsideOfficeHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unusuallyMany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]} as unknown as DocumentNode<AuditReviewFieldsFragment, unknown>;
export const ConsentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<ConsentFieldsFragment, unknown>;
export const RecordedConsentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<RecordedConsentFragment, unknown>;
export const WithdrawnConsentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawnConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]} as unknown as DocumentNode<WithdrawnConsentFragment, unknown>;
export const EmployerListingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployerListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EmployerListingFragment, unknown>;
export const RecordedEmployerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedEmployer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<RecordedEmployerFragment, unknown>;
export const OpportunityTitleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<OpportunityTitleFragment, unknown>;
export const RecordedMappingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedMapping"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyMapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordedMappingFragment, unknown>;
export const TargetFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dueByToday"}}]}}]} as unknown as DocumentNode<TargetFiguresFragment, unknown>;
export const PublicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"definitionsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]} as unknown as DocumentNode<PublicationFieldsFragment, unknown>;
export const FigureTableFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"cols"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"colTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}}]} as unknown as DocumentNode<FigureTableFieldsFragment, unknown>;
export const PublishedVersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PublishedVersionFragment, unknown>;
export const MatchStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MatchStepFragment, unknown>;
export const AfAuditReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AfAuditReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"review"},"name":{"kind":"Name","value":"afAuditReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"outsideTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outsideOfficeHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unusuallyMany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]} as unknown as DocumentNode<AfAuditReviewQuery, AfAuditReviewQueryVariables>;
export const MalmoAuditReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MalmoAuditReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"review"},"name":{"kind":"Name","value":"malmoAuditReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"outsideTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outsideOfficeHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unusuallyMany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]} as unknown as DocumentNode<MalmoAuditReviewQuery, MalmoAuditReviewQueryVariables>;
export const FkAuditReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FkAuditReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"review"},"name":{"kind":"Name","value":"fkAuditReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"outsideTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outsideOfficeHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unusuallyMany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]} as unknown as DocumentNode<FkAuditReviewQuery, FkAuditReviewQueryVariables>;
export const RegionAuditReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionAuditReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"review"},"name":{"kind":"Name","value":"regionAuditReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"outsideTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outsideOfficeHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogLine"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unusuallyMany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]} as unknown as DocumentNode<RegionAuditReviewQuery, RegionAuditReviewQueryVariables>;
export const RecordAfConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAfConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AfConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAfConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedConsent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<RecordAfConsentMutation, RecordAfConsentMutationVariables>;
export const RecordMalmoConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMalmoConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MalmoConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMalmoConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedConsent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<RecordMalmoConsentMutation, RecordMalmoConsentMutationVariables>;
export const RecordFkConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFkConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FkConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFkConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedConsent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<RecordFkConsentMutation, RecordFkConsentMutationVariables>;
export const RecordRegionConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRegionConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRegionConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedConsent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<RecordRegionConsentMutation, RecordRegionConsentMutationVariables>;
export const WithdrawAfConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAfConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAfConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawnConsent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawnConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]} as unknown as DocumentNode<WithdrawAfConsentMutation, WithdrawAfConsentMutationVariables>;
export const WithdrawMalmoConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawMalmoConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawMalmoConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawnConsent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawnConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]} as unknown as DocumentNode<WithdrawMalmoConsentMutation, WithdrawMalmoConsentMutationVariables>;
export const WithdrawFkConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawFkConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawFkConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawnConsent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawnConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]} as unknown as DocumentNode<WithdrawFkConsentMutation, WithdrawFkConsentMutationVariables>;
export const WithdrawRegionConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawRegionConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawRegionConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawnConsent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawnConsent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]} as unknown as DocumentNode<WithdrawRegionConsentMutation, WithdrawRegionConsentMutationVariables>;
export const RecordAfMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAfMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MappingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAfMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedMapping"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedMapping"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyMapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordAfMappingMutation, RecordAfMappingMutationVariables>;
export const RecordMalmoMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMalmoMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MappingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMalmoMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedMapping"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedMapping"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyMapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordMalmoMappingMutation, RecordMalmoMappingMutationVariables>;
export const RecordFkMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFkMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MappingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFkMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedMapping"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedMapping"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyMapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordFkMappingMutation, RecordFkMappingMutationVariables>;
export const RecordRegionMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRegionMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MappingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRegionMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedMapping"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedMapping"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyMapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordRegionMappingMutation, RecordRegionMappingMutationVariables>;
export const ConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Consents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"afConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"malmoConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fkConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<ConsentsQuery, ConsentsQueryVariables>;
export const PublishFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"af"},"name":{"kind":"Name","value":"afPublishFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedVersion"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"malmo"},"name":{"kind":"Name","value":"malmoPublishFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedVersion"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fk"},"name":{"kind":"Name","value":"fkPublishFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedVersion"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"region"},"name":{"kind":"Name","value":"regionPublishFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PublishFiguresMutation, PublishFiguresMutationVariables>;
export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"team"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"team"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"ongoingCases"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const PlacementFollowUpsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementFollowUpsDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"team"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"team"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placementFollowUpsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"followUpId"}},{"kind":"Field","name":{"kind":"Name","value":"point"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityTitle"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementFollowUpsDueQuery, PlacementFollowUpsDueQueryVariables>;
export const EmployerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"af"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"malmo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fk"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"afEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"af"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"afEmployer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployerListing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"malmoEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"malmo"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"malmoEmployer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployerListing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fkEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fk"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fkEmployer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployerListing"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployerListing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EmployerSearchQuery, EmployerSearchQueryVariables>;
export const EmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Employer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPercent"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"swedishLevel"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicence"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"filledPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acquiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployerQuery, EmployerQueryVariables>;
export const RecordAfEmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAfEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"recorded"},"name":{"kind":"Name","value":"recordAfEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedEmployer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedEmployer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<RecordAfEmployerMutation, RecordAfEmployerMutationVariables>;
export const RecordMalmoEmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMalmoEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"recorded"},"name":{"kind":"Name","value":"recordMalmoEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedEmployer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedEmployer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<RecordMalmoEmployerMutation, RecordMalmoEmployerMutationVariables>;
export const RecordFkEmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFkEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"recorded"},"name":{"kind":"Name","value":"recordFkEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordedEmployer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordedEmployer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<RecordFkEmployerMutation, RecordFkEmployerMutationVariables>;
export const AddAfOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAfOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"added"},"name":{"kind":"Name","value":"addAfOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityTitle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<AddAfOpportunityMutation, AddAfOpportunityMutationVariables>;
export const AddMalmoOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMalmoOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"added"},"name":{"kind":"Name","value":"addMalmoOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityTitle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<AddMalmoOpportunityMutation, AddMalmoOpportunityMutationVariables>;
export const AddFkOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFkOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"added"},"name":{"kind":"Name","value":"addFkOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityTitle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<AddFkOpportunityMutation, AddFkOpportunityMutationVariables>;
export const ChangeAfOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAfOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityChange"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"changed"},"name":{"kind":"Name","value":"changeAfOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityTitle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<ChangeAfOpportunityMutation, ChangeAfOpportunityMutationVariables>;
export const ChangeMalmoOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMalmoOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityChange"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"changed"},"name":{"kind":"Name","value":"changeMalmoOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityTitle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<ChangeMalmoOpportunityMutation, ChangeMalmoOpportunityMutationVariables>;
export const ChangeFkOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeFkOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityChange"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"changed"},"name":{"kind":"Name","value":"changeFkOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityTitle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<ChangeFkOpportunityMutation, ChangeFkOpportunityMutationVariables>;
export const EnrolParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EnrolParticipantMutation, EnrolParticipantMutationVariables>;
export const AssignTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignTeamMutation, AssignTeamMutationVariables>;
export const TeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"ongoingCases"}}]}}]}}]} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;
export const InterventionToEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterventionToEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jointPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanInterventionFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanInterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanIntervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"extentPercent"}}]}}]} as unknown as DocumentNode<InterventionToEditQuery, InterventionToEditQueryVariables>;
export const UpdateAfInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAfIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionUpdate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAfIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateAfInterventionMutation, UpdateAfInterventionMutationVariables>;
export const UpdateMalmoInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMalmoIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MalmoInterventionUpdate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMalmoIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMalmoInterventionMutation, UpdateMalmoInterventionMutationVariables>;
export const UpdateFkInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFkIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FkInterventionUpdate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFkIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateFkInterventionMutation, UpdateFkInterventionMutationVariables>;
export const UpdateCareActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCareActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareActivityUpdate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCareActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateCareActivityMutation, UpdateCareActivityMutationVariables>;
export const EndAfInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndAfIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endAfIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EndAfInterventionMutation, EndAfInterventionMutationVariables>;
export const EndMalmoInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndMalmoIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MalmoEndStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endMalmoIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EndMalmoInterventionMutation, EndMalmoInterventionMutationVariables>;
export const EndFkInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndFkIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FkEndStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endFkIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EndFkInterventionMutation, EndFkInterventionMutationVariables>;
export const EndCareActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCareActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareActivityEndStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCareActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EndCareActivityMutation, EndCareActivityMutationVariables>;
export const AddAfInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAfIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AfInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAfIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AddAfInterventionMutation, AddAfInterventionMutationVariables>;
export const AddMalmoInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMalmoIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MalmoInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMalmoIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AddMalmoInterventionMutation, AddMalmoInterventionMutationVariables>;
export const AddFkInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFkIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FkInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFkIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AddFkInterventionMutation, AddFkInterventionMutationVariables>;
export const AddCareActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCareActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCareActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AddCareActivityMutation, AddCareActivityMutationVariables>;
export const JointMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JointMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jointMapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perspectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"obstacles"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JointMappingQuery, JointMappingQueryVariables>;
export const MyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanInterventionFields"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"afPlanPart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"malmoPlanPart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fkPlanPart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionPlanPart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessLogExtract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanInterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanIntervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"extentPercent"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]} as unknown as DocumentNode<MyPlanQuery, MyPlanQueryVariables>;
export const PlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanInterventionFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parallel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanInterventionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanIntervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"extentPercent"}}]}}]} as unknown as DocumentNode<PlanQuery, PlanQueryVariables>;
export const ProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeQuery, ProgrammeQueryVariables>;
export const SetPlanGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPlanGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanGoalType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlanGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"goal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goal"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetPlanGoalMutation, SetPlanGoalMutationVariables>;
export const ScheduleFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]} as unknown as DocumentNode<ScheduleFollowUpMutation, ScheduleFollowUpMutationVariables>;
export const RecordFollowUpHeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUpHeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"heldAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUpHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"heldAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"heldAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpHeldMutation, RecordFollowUpHeldMutationVariables>;
export const DischargeParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DischargeParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dischargedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargeParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dischargedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dischargedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DischargeParticipantMutation, DischargeParticipantMutationVariables>;
export const RegisterMalmoParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMalmoParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MalmoRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMalmoParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterMalmoParticipantMutation, RegisterMalmoParticipantMutationVariables>;
export const RegisterFkParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterFkParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FkRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerFkParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterFkParticipantMutation, RegisterFkParticipantMutationVariables>;
export const RegisterRegionParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterRegionParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerRegionParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterRegionParticipantMutation, RegisterRegionParticipantMutationVariables>;
export const ProgrammeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"afPublication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"malmoPublication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ongoingLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"average"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ongoingAtMonthEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discharged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureTableFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discharged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"GENDER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"within6Months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"within12Months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialAssistanceLeft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"population"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetFigures"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"byGender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"definitionsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"cols"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"colTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dueByToday"}}]}}]} as unknown as DocumentNode<ProgrammeReportQuery, ProgrammeReportQueryVariables>;
export const ReportYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"discharged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cols"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"colTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dueByToday"}}]}}]} as unknown as DocumentNode<ReportYearQuery, ReportYearQueryVariables>;
export const EmployerWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPercent"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"employerOrganisationNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedOn"}},{"kind":"Field","name":{"kind":"Name","value":"presentedOn"}},{"kind":"Field","name":{"kind":"Name","value":"interviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"hiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"placementStart"}},{"kind":"Field","name":{"kind":"Name","value":"placementEndedOn"}},{"kind":"Field","name":{"kind":"Name","value":"declinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"employerOrganisationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"point"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"contactWith"}},{"kind":"Field","name":{"kind":"Name","value":"stillEmployed"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueFollowUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployerWorkQuery, EmployerWorkQueryVariables>;
export const ProposeAfMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeAfMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"match"},"name":{"kind":"Name","value":"proposeAfMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProposeAfMatchMutation, ProposeAfMatchMutationVariables>;
export const ProposeMalmoMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeMalmoMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"match"},"name":{"kind":"Name","value":"proposeMalmoMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProposeMalmoMatchMutation, ProposeMalmoMatchMutationVariables>;
export const ProposeFkMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeFkMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"match"},"name":{"kind":"Name","value":"proposeFkMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProposeFkMatchMutation, ProposeFkMatchMutationVariables>;
export const RecordAfMatchStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAfMatchStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"match"},"name":{"kind":"Name","value":"recordAfMatchStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordAfMatchStepMutation, RecordAfMatchStepMutationVariables>;
export const RecordMalmoMatchStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMalmoMatchStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"match"},"name":{"kind":"Name","value":"recordMalmoMatchStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordMalmoMatchStepMutation, RecordMalmoMatchStepMutationVariables>;
export const RecordFkMatchStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFkMatchStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"match"},"name":{"kind":"Name","value":"recordFkMatchStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordFkMatchStepMutation, RecordFkMatchStepMutationVariables>;
export const RecordAfPlacementFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAfPlacementFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"match"},"name":{"kind":"Name","value":"recordAfPlacementFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordAfPlacementFollowUpMutation, RecordAfPlacementFollowUpMutationVariables>;
export const RecordMalmoPlacementFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMalmoPlacementFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"match"},"name":{"kind":"Name","value":"recordMalmoPlacementFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordMalmoPlacementFollowUpMutation, RecordMalmoPlacementFollowUpMutationVariables>;
export const RecordFkPlacementFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFkPlacementFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"match"},"name":{"kind":"Name","value":"recordFkPlacementFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordFkPlacementFollowUpMutation, RecordFkPlacementFollowUpMutationVariables>;