/* Generated from the schema by `npm run codegen`. Do not edit. */
import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { ParticipantRef as ParticipantRefModel, TeamRef as TeamRefModel, ProgrammeModel as ProgrammeModelModel } from '../models';
import { PlanPartView as PlanPartViewModel, InterventionRow as InterventionRowModel, ConsentView as ConsentViewModel, FigureTableView as FigureTableViewModel, ReportRef as ReportRefModel, PublicationView as PublicationViewModel, EmployerRef as EmployerRefModel } from '@malmokraften/shared';
import { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A point in time, ISO 8601 with time zone. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** One access to a person's records, from the owning agency's audit log. */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** READ or WRITE. */
  action: Scalars['String']['output'];
  agency: Agency;
  at: Scalars['DateTime']['output'];
  categories: Array<Scalars['String']['output']>;
  /** GRANTED or WITHHELD. */
  decision: Scalars['String']['output'];
  officerId: Scalars['String']['output'];
  organisation: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  /**
   * The request the access was made in, as the gateway numbered it: every log
   * line the services wrote while handling that request carries the same id
   * (requestId), so a reviewer can follow the entry into the logs. Given in
   * the agency's log review; null in a person's composed extract.
   */
  requestId: Maybe<Scalars['String']['output']>;
  roles: Array<Scalars['String']['output']>;
};

/** An agency's part of a person's access-log extract (loggutdrag). */
export type AccessLogPart = {
  __typename?: 'AccessLogPart';
  agency: Agency;
  entries: Array<AccessLogEntry>;
  withheld: Maybe<WithheldNotice>;
};

export type AfConsentCategory =
  | 'INTERVENTIONS'
  | 'JOB_MATCHES'
  /** AF's perspective in the joint mapping (gemensam kartläggning). */
  | 'MAPPING';

export type AfConsentInput = {
  categories: Array<AfConsentCategory>;
  participantId: Scalars['ID']['input'];
  recipient: Party;
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type AfInterventionInput = {
  endDate?: InputMaybe<Scalars['Date']['input']>;
  extentPercent?: InputMaybe<Scalars['Int']['input']>;
  participantId: Scalars['ID']['input'];
  startDate?: InputMaybe<Scalars['Date']['input']>;
  status: InterventionStatus;
  title: Scalars['String']['input'];
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

/** What an aggregate over Arbetsförmedlingen's records counts. */
export type AfMeasure =
  /** Discharged in the period (by discharge date); group by OUTCOME for the outcomes. */
  | 'DISCHARGED'
  /** Discharged to work or studies in the period, with median days from enrolment per row. */
  | 'DISCHARGED_TO_WORK_OR_STUDIES'
  /** Enrolled in the period (by enrolment date). */
  | 'ENROLLED'
  /** Matches to AF's opportunities proposed in the period; group by MATCH_OUTCOME for where they stand today. */
  | 'MATCHES'
  /** Ongoing in the period. */
  | 'ONGOING'
  /** Ongoing on the last day of each month (today, for the current month); group by MONTH for the series. */
  | 'ONGOING_AT_MONTH_END'
  /** AF's opportunities acquired in the period (by the day acquired); group by OPPORTUNITY_TYPE. */
  | 'OPPORTUNITIES_ACQUIRED'
  /** AF's opportunities whose last place was taken in the period. */
  | 'OPPORTUNITIES_FILLED'
  /** Placements in AF's opportunities whose 3-month point fell in the period; group by PLACEMENT_HELD. */
  | 'PLACEMENTS_AT_3_MONTHS'
  /** Placements in AF's opportunities whose 6-month point fell in the period; group by PLACEMENT_HELD. */
  | 'PLACEMENTS_AT_6_MONTHS'
  /** People with an AF intervention running in the period; group by INTERVENTION_TYPE for the types. */
  | 'WITH_INTERVENTION';

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

/**
 * One agency's perspective in the joint mapping (gemensam kartläggning): the
 * person's situation, abilities, wishes and obstacles as that agency sees
 * them, recorded by its own staff in the meeting with the person and kept in
 * its own database.
 */
export type AgencyMapping = {
  __typename?: 'AgencyMapping';
  /** The person's abilities and strengths. */
  abilities: Maybe<Scalars['String']['output']>;
  agency: Agency;
  /** What stands in the way, and what the agency can do about it. */
  obstacles: Maybe<Scalars['String']['output']>;
  /** When it was last recorded; null when withheld. */
  recordedAt: Maybe<Scalars['DateTime']['output']>;
  /** The person's situation as the agency sees it. */
  situation: Maybe<Scalars['String']['output']>;
  /** Goes up by one with every change; send it as expectedVersion. Null when withheld. */
  version: Maybe<Scalars['Int']['output']>;
  /** What the person wishes for: work, studies, how and where. */
  wishes: Maybe<Scalars['String']['output']>;
  /** Set when the caller may not see this agency's perspective, or none is recorded (the two read the same); the texts are then null. */
  withheld: Maybe<WithheldNotice>;
};

/** One agency's contribution to the joint plan (gemensam planering). */
export type AgencyPlanPart = {
  __typename?: 'AgencyPlanPart';
  agency: Agency;
  interventions: Array<PlanIntervention>;
  responsibleOfficers: Array<Officer>;
  /** Set when the caller may not see this agency's part; the lists are then empty. */
  withheld: Maybe<WithheldNotice>;
};

/** What an agency's auditor reviews (loggkontroll) for a period. */
export type AuditReview = {
  __typename?: 'AuditReview';
  agency: Agency;
  /** Accesses outside office hours (weekdays 07–18, Swedish time). */
  outsideOfficeHours: Array<AccessLogEntry>;
  /** Accesses to a person's records by staff not on the person's team. */
  outsideTeam: Array<AccessLogEntry>;
  /** Officers who touched more than `threshold` people within `windowMinutes`. */
  unusuallyMany: Array<BulkAccessFinding>;
};

/** An officer who touched unusually many people in a short time. */
export type BulkAccessFinding = {
  __typename?: 'BulkAccessFinding';
  officerId: Scalars['String']['output'];
  participants: Scalars['Int']['output'];
  windowEnd: Scalars['DateTime']['output'];
  windowStart: Scalars['DateTime']['output'];
};

/** A consent (samtycke) the person gave to an agency, as that agency holds it. */
export type Consent = {
  __typename?: 'Consent';
  agency: Agency;
  categories: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  recipient: Party;
  recordedBy: Scalars['String']['output'];
  /** ACTIVE, NOT_YET_VALID, EXPIRED or WITHDRAWN, as of today. */
  state: Scalars['String']['output'];
  validFrom: Scalars['Date']['output'];
  validTo: Maybe<Scalars['Date']['output']>;
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

export type DeclineReason =
  | 'EMPLOYER_DECLINED'
  /** The team found that it did not fit after all. */
  | 'NOT_SUITABLE'
  /** The places were taken or the opportunity closed. */
  | 'NO_PLACE_LEFT'
  | 'OTHER'
  | 'PARTICIPANT_DECLINED';

/** A placement follow-up that is due, on a team's list. */
export type DueFollowUp = {
  __typename?: 'DueFollowUp';
  agency: Agency;
  dueOn: Scalars['Date']['output'];
  employerName: Scalars['String']['output'];
  followUpId: Scalars['ID']['output'];
  matchId: Scalars['ID']['output'];
  opportunityTitle: Scalars['String']['output'];
  participantId: Scalars['ID']['output'];
  point: PlacementPoint;
};

/** An employer, one entity across the agencies (by its organisation number): each agency adds what it has recorded. */
export type Employer = {
  __typename?: 'Employer';
  /** What Arbetsförmedlingen has recorded about the employer, with AF's opportunities; null when AF has not recorded it. */
  afEmployer: Maybe<EmployerRecord>;
  organisationNumber: Scalars['ID']['output'];
};

/** An agency's contact person at an employer: personal data of that agency, released under its EMPLOYER_CONTACT rule. */
export type EmployerContact = {
  __typename?: 'EmployerContact';
  email: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
};

/** An employer as an agency records it. Organisations only: a sole trader's number is a personnummer, and the register is shared with every team. */
export type EmployerInput = {
  area: WorkArea;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** When changing the agency's record: the version you read; CONFLICT when it changed meanwhile. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Ten digits, NNNNNN-NNNN (the dash may be left out). */
  organisationNumber: Scalars['String']['input'];
  sector: EmployerSector;
};

/** What one agency has recorded about an employer it works with. Shared with every team (the agency's OPPORTUNITIES rule); the contact person follows the agency's own rule. */
export type EmployerRecord = {
  __typename?: 'EmployerRecord';
  agency: Agency;
  area: WorkArea;
  /** The agency's contact person; null when none is recorded or when it is withheld from the caller (contactWithheld). */
  contact: Maybe<EmployerContact>;
  /** True when the agency holds a contact person that its EMPLOYER_CONTACT rule does not release to the caller. */
  contactWithheld: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** The opportunities the agency acquired from the employer, newest first. */
  opportunities: Array<Opportunity>;
  /** Ten digits, NNNNNN-NNNN. */
  organisationNumber: Scalars['ID']['output'];
  /** The day the agency first recorded the employer. */
  registeredOn: Scalars['Date']['output'];
  sector: EmployerSector;
  /** Goes up by one with every change; send it as expectedVersion. */
  version: Scalars['Int']['output'];
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

/** An agency's figures for its employer work (docs/REPORT-DEFINITIONS.md), protected like every figure. */
export type EmployerWorkFigures = {
  __typename?: 'EmployerWorkFigures';
  /** Opportunities acquired in the period: rows by type. */
  acquired: FigureTable;
  agency: Agency;
  /** Opportunities whose last place was taken in the period: rows by type. */
  filled: FigureTable;
  /** Placements whose 3-month point fell in the period: rows HELD, NOT_HELD, NOT_FOLLOWED_UP, columns by legal gender. */
  heldAt3Months: FigureTable;
  /** Placements whose 6-month point fell in the period, as heldAt3Months. */
  heldAt6Months: FigureTable;
  /** Matches proposed in the period: rows by where they stand today (with the group IN_PROGRESS), columns by legal gender. */
  matches: FigureTable;
};

export type EndStatus =
  | 'CANCELLED'
  | 'COMPLETED';

export type EnrolInput = {
  bornOutsideEurope: Scalars['Boolean']['input'];
  enrolledOn: Scalars['Date']['input'];
  entryRoute: EntryRoute;
  firstName: Scalars['String']['input'];
  gender: Gender;
  lastName: Scalars['String']['input'];
  monthsWithoutWork: Scalars['Int']['input'];
  /** 12 digits, YYYYMMDDNNNN. */
  personnummer: Scalars['String']['input'];
  protectedIdentity?: InputMaybe<Scalars['Boolean']['input']>;
  registeredAtAf: Scalars['Boolean']['input'];
  residentInMalmo: Scalars['Boolean']['input'];
  /** Whether the person received social assistance (försörjningsstöd) at enrolment, as they stated it. */
  socialAssistanceAtEnrolment: Scalars['Boolean']['input'];
};

/** Where the person came into the programme from. */
export type EntryRoute =
  | 'AF'
  | 'FK'
  | 'SOCIAL_SERVICES';

/**
 * One published figure: a count of people rounded to the nearest 5, a share
 * (0–1) or a median number of days. Null with the reason when withheld.
 */
export type Figure = {
  __typename?: 'Figure';
  value: Maybe<Scalars['Float']['output']>;
  withheld: Maybe<WithheldReason>;
};

/** One row of a protected table: its label, a figure per column, and the row's total. */
export type FigureRow = {
  __typename?: 'FigureRow';
  cells: Array<Figure>;
  label: Scalars['String']['output'];
  /**
   * For figures counting days to an outcome: the median days of the row's people. Null otherwise.
   * @deprecated Medians are published in whole months only (medianMonths); this answers NOT_PUBLISHED.
   */
  medianDays: Maybe<Figure>;
  /**
   * For figures counting days to an outcome: the median of the row's people in
   * completed months, published for 10 people or more and only when one
   * person more or fewer would not change it. Null otherwise.
   */
  medianMonths: Maybe<Figure>;
  /**
   * Each cell's share (0–1) of the row's total, from the published counts;
   * withheld when the cell or the total is.
   */
  shares: Array<Figure>;
  total: Figure;
};

/**
 * A table of people counted by up to two dimensions, after small-cell
 * protection. `cols` are the column labels (categories, then groups such as
 * WORK); a table grouped by one dimension has the single column ALL, and an
 * ungrouped figure the single row and column ALL. Each figure is rounded on
 * its own, so cells need not add up to totals.
 */
export type FigureTable = {
  __typename?: 'FigureTable';
  colTotals: Array<Figure>;
  cols: Array<Scalars['String']['output']>;
  /** The dimensions of the rows and of the columns, in that order (none for an ungrouped figure). */
  dimensions: Array<ReportDimension>;
  /**
   * For figures counting days to an outcome: the median days of everyone counted. Null otherwise.
   * @deprecated Medians are published in whole months only (medianMonths); this answers NOT_PUBLISHED.
   */
  medianDays: Maybe<Figure>;
  /** For figures counting days to an outcome: the median of everyone counted, in completed months (as FigureRow.medianMonths). Null otherwise. */
  medianMonths: Maybe<Figure>;
  /** The calendar period the figures are for, e.g. 2026, 2026-T1, 2026-03 or ALL. */
  period: Scalars['String']['output'];
  /** The day that version was published; null while preliminary. */
  publishedOn: Maybe<Scalars['Date']['output']>;
  rows: Array<FigureRow>;
  total: Figure;
  /** The published version of the period's figures this table is read from; null while they are preliminary. */
  version: Maybe<Scalars['Int']['output']>;
};

export type FollowUp = {
  __typename?: 'FollowUp';
  agenda: Maybe<Scalars['String']['output']>;
  heldAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  participantId: Scalars['ID']['output'];
  scheduledAt: Scalars['DateTime']['output'];
};

/** Whom a follow-up contact was with. */
export type FollowUpContact =
  | 'BOTH'
  | 'EMPLOYER'
  | 'PARTICIPANT';

export type FollowUpInput = {
  agenda?: InputMaybe<Scalars['String']['input']>;
  participantId: Scalars['ID']['input'];
  scheduledAt: Scalars['DateTime']['input'];
};

export type Gender =
  | 'MAN'
  | 'OTHER'
  | 'WOMAN';

/** A figure for one group (a gender, or ALL). */
export type GroupFigure = {
  __typename?: 'GroupFigure';
  group: Scalars['String']['output'];
  value: Figure;
};

export type InterventionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ONGOING'
  | 'PLANNED';

export type InterventionUpdate = {
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /**
   * The version you read (the record's `version`). When given and the record
   * changed meanwhile, nothing is changed and the answer is CONFLICT with the
   * current version in `extensions.currentVersion`.
   */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  extentPercent?: InputMaybe<Scalars['Int']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<InterventionStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type JobMatch = {
  __typename?: 'JobMatch';
  employer: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  matchedOn: Scalars['Date']['output'];
  status: Scalars['String']['output'];
  vacancyTitle: Scalars['String']['output'];
};

export type JobMatchInput = {
  employer: Scalars['String']['input'];
  matchedOn: Scalars['Date']['input'];
  participantId: Scalars['ID']['input'];
  vacancyTitle: Scalars['String']['input'];
};

export type JobMatchList = {
  __typename?: 'JobMatchList';
  matches: Array<JobMatch>;
  withheld: Maybe<WithheldNotice>;
};

/** The person's job-seeker profile (sökprofil) at Arbetsförmedlingen. */
export type JobSeekerProfile = {
  __typename?: 'JobSeekerProfile';
  /** Where the person wants to work; null for anywhere. */
  area: Maybe<WorkArea>;
  drivingLicence: Maybe<Scalars['Boolean']['output']>;
  /** The hours the person looks for, as a share of full time. */
  hoursPercent: Maybe<Scalars['Int']['output']>;
  /** Occupations the person looks for, in words. */
  occupations: Array<Scalars['String']['output']>;
  swedishLevel: Maybe<SwedishLevel>;
  /** Goes up by one with every change; null when withheld. */
  version: Maybe<Scalars['Int']['output']>;
  /** Set when the caller may not see it (or none is recorded: the two read the same); the rest is then null. */
  withheld: Maybe<WithheldNotice>;
};

export type JobSeekerProfileInput = {
  area?: InputMaybe<WorkArea>;
  drivingLicence: Scalars['Boolean']['input'];
  /** The version you read, when changing it; CONFLICT when it changed meanwhile. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** 1–100. */
  hoursPercent: Scalars['Int']['input'];
  /** At most 10, each at most 100 characters. */
  occupations: Array<Scalars['String']['input']>;
  participantId: Scalars['ID']['input'];
  swedishLevel: SwedishLevel;
};

/** The ongoing level of a group over a period. */
export type LevelOfGroup = {
  __typename?: 'LevelOfGroup';
  /** The average of the number ongoing on each day, rounded to 5. */
  average: Figure;
  /** WOMAN, MAN or ALL. */
  group: Scalars['String']['output'];
  /** The lowest number ongoing on any day, rounded to 5. */
  minimum: Figure;
};

/** An agency's perspective in the joint mapping, as its staff record it. */
export type MappingInput = {
  /** At most 2,000 characters. */
  abilities: Scalars['String']['input'];
  /** The version you read (0 or left out when none is recorded yet); CONFLICT with the current version when it changed meanwhile. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** At most 2,000 characters. */
  obstacles: Scalars['String']['input'];
  participantId: Scalars['ID']['input'];
  /** At most 2,000 characters. */
  situation: Scalars['String']['input'];
  /** At most 2,000 characters. */
  wishes: Scalars['String']['input'];
};

/** A match of a person to an opportunity: person-level data of the agency that owns the opportunity. */
export type Match = {
  __typename?: 'Match';
  agency: Agency;
  declineReason: Maybe<DeclineReason>;
  declinedOn: Maybe<Scalars['Date']['output']>;
  /** After a hire: the follow-up contacts at two weeks, three and six months. */
  followUps: Array<PlacementFollowUp>;
  hiredOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** The day of the interview (it may be booked ahead). */
  interviewOn: Maybe<Scalars['Date']['output']>;
  note: Maybe<Scalars['String']['output']>;
  opportunity: Opportunity;
  participantId: Scalars['ID']['output'];
  /** The day the placement ended early, as a follow-up recorded it. */
  placementEndedOn: Maybe<Scalars['Date']['output']>;
  /** The first day of work or of the place, for a hire. */
  placementStart: Maybe<Scalars['Date']['output']>;
  presentedOn: Maybe<Scalars['Date']['output']>;
  proposedOn: Scalars['Date']['output'];
  status: MatchStatus;
  /** Goes up by one with every step; send it as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** The goal of the joint plan, as matching reads it. */
export type MatchGoal =
  | 'STUDIES'
  | 'WORK';

/** One agency's matches of a person to its opportunities, as its rules release them to the caller. */
export type MatchList = {
  __typename?: 'MatchList';
  agency: Agency;
  /** Newest first. */
  matches: Array<Match>;
  /** Set when the caller may not see this agency's matches; the list is then empty. */
  withheld: Maybe<WithheldNotice>;
};

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
  declineReason?: InputMaybe<DeclineReason>;
  /** The version you read; CONFLICT when the match changed meanwhile. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  matchId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** The day of the step; an interview may be booked up to a year ahead, the others are on or before today. */
  on: Scalars['Date']['input'];
  /** For HIRED: the first day of work or of the place. */
  placementStart?: InputMaybe<Scalars['Date']['input']>;
  /** PRESENTED, INTERVIEW, HIRED or DECLINED. */
  step: MatchStatus;
};

/**
 * What one agency releases about a person for matching to opportunities: each
 * fact under the agency's own rule for the records it comes from. A fact the
 * caller may not see is null, the same as a fact never recorded.
 */
export type MatchingFacts = {
  __typename?: 'MatchingFacts';
  agency: Agency;
  /** Where the person wants to work. */
  area: Maybe<WorkArea>;
  drivingLicence: Maybe<Scalars['Boolean']['output']>;
  goal: Maybe<MatchGoal>;
  goalDescription: Maybe<Scalars['String']['output']>;
  /** The hours the person looks for, as a share of full time. */
  hoursPercent: Maybe<Scalars['Int']['output']>;
  /** Occupations the person looks for, in words. */
  occupations: Array<Scalars['String']['output']>;
  /** True while the person studies Swedish (SFI) in the agency's part of the plan. */
  studiesSwedish: Maybe<Scalars['Boolean']['output']>;
  swedishLevel: Maybe<SwedishLevel>;
  /** The person's work capacity as the agency assessed it, as a share of full time. */
  workCapacityPercent: Maybe<Scalars['Int']['output']>;
};

/** The period month by month; each table has the months as rows and legal gender as columns. */
export type MonthlySeries = {
  __typename?: 'MonthlySeries';
  /** Discharged in each month. */
  discharged: FigureTable;
  /** Enrolled in each month. */
  enrolled: FigureTable;
  /** Ongoing on each month's last day (on the day the figures were made, for the current month). */
  ongoingAtMonthEnd: FigureTable;
};

export type Mutation = {
  __typename?: 'Mutation';
  addAfIntervention: PlanIntervention;
  /** Record an opportunity (an order: a vacancy, an internship) acquired from an employer AF has recorded. AF staff. */
  addAfOpportunity: Opportunity;
  /**
   * Publish Arbetsförmedlingen's figures for a closed period (for the funder's
   * analysts): stores them, protected, with the day, the definitions' version
   * and a hash, and answers the period from that copy from then on. The closed
   * periods inside it are published with it. A period already published is
   * published again only as a correction: give the reason; it becomes a new
   * version (of it and of the published periods inside and around it), the
   * earlier ones kept. Periods are also published without anyone asking when
   * 15 days have passed after their last day.
   */
  afPublishFigures: Publication;
  /** Assign the participant to a team. A team holds at most its capacity of ongoing cases. */
  assignTeam: Participant;
  /** Close one of AF's opportunities, open it again, or change its places, title or start. AF staff. */
  changeAfOpportunity: Opportunity;
  /** Discharge (utskrivning) with an outcome. */
  dischargeParticipant: Participant;
  endAfIntervention: PlanIntervention;
  /** Enrol (inskrivning) a person in the programme. Issues the pseudonymous participant id. */
  enrolParticipant: Participant;
  /**
   * Propose a person for one of AF's open opportunities: the match is AF's
   * record about the person (JOB_MATCHES). AF staff who work with the person
   * (RECORD_MATCHES); not after the person's discharge.
   */
  proposeAfMatch: Match;
  /** Record the person's consent that AF may share categories with another party. */
  recordAfConsent: Consent;
  /**
   * Record an employer in Arbetsförmedlingen's register, or change AF's record
   * of it (name, sector, area and AF's contact person; send expectedVersion).
   * AF staff (RECORD_OPPORTUNITIES).
   */
  recordAfEmployer: EmployerRecord;
  /** Record the person's job-seeker profile (sökprofil), or change it (send expectedVersion). AF staff who work with the person. */
  recordAfJobSeekerProfile: JobSeekerProfile;
  /**
   * Record Arbetsförmedlingen's perspective in the joint mapping (gemensam kartläggning),
   * or change it (send expectedVersion: CONFLICT when it changed meanwhile).
   * For AF staff who work with the person only (RECORD_MAPPING).
   */
  recordAfMapping: AgencyMapping;
  /**
   * The next step of a match to one of AF's opportunities: presented, an
   * interview, hired (with the first day of work; the follow-ups at two
   * weeks, three and six months are booked) or declined (with why).
   */
  recordAfMatchStep: Match;
  /** A follow-up contact after a placement in one of AF's opportunities, recorded once. */
  recordAfPlacementFollowUp: Match;
  /**
   * Record an officer in Arbetsförmedlingen's staff register, or change their entry (end
   * an employment by setting activeTo). For Arbetsförmedlingen's administrators, never on
   * their own entry; the roles must belong to the part named.
   */
  recordAfStaff: StaffEntry;
  /**
   * Record that a booked follow-up meeting was held, and when. A meeting is
   * recorded once: recording it again answers CONFLICT with the time already
   * recorded.
   */
  recordFollowUpHeld: FollowUp;
  /** Record a match to an employer vacancy. */
  recordJobMatch: JobMatch;
  /** Book a follow-up meeting (uppföljning). */
  scheduleFollowUp: FollowUp;
  /** Set the goal of the joint plan: work or studies. */
  setPlanGoal: Participant;
  updateAfIntervention: PlanIntervention;
  /** The person withdrew a consent. Takes effect on the next request. */
  withdrawAfConsent: Consent;
};


export type MutationAddAfInterventionArgs = {
  input: AfInterventionInput;
};


export type MutationAddAfOpportunityArgs = {
  input: OpportunityInput;
};


export type MutationAfPublishFiguresArgs = {
  period: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAssignTeamArgs = {
  participantId: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
};


export type MutationChangeAfOpportunityArgs = {
  id: Scalars['ID']['input'];
  input: OpportunityChange;
};


export type MutationDischargeParticipantArgs = {
  dischargedOn: Scalars['Date']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  outcome: Outcome;
  participantId: Scalars['ID']['input'];
};


export type MutationEndAfInterventionArgs = {
  endDate: Scalars['Date']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  status: EndStatus;
};


export type MutationEnrolParticipantArgs = {
  input: EnrolInput;
};


export type MutationProposeAfMatchArgs = {
  input: ProposeMatchInput;
};


export type MutationRecordAfConsentArgs = {
  input: AfConsentInput;
};


export type MutationRecordAfEmployerArgs = {
  input: EmployerInput;
};


export type MutationRecordAfJobSeekerProfileArgs = {
  input: JobSeekerProfileInput;
};


export type MutationRecordAfMappingArgs = {
  input: MappingInput;
};


export type MutationRecordAfMatchStepArgs = {
  input: MatchStepInput;
};


export type MutationRecordAfPlacementFollowUpArgs = {
  input: PlacementFollowUpInput;
};


export type MutationRecordAfStaffArgs = {
  input: StaffInput;
};


export type MutationRecordFollowUpHeldArgs = {
  heldAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRecordJobMatchArgs = {
  input: JobMatchInput;
};


export type MutationScheduleFollowUpArgs = {
  input: FollowUpInput;
};


export type MutationSetPlanGoalArgs = {
  description: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  goal: PlanGoalType;
  participantId: Scalars['ID']['input'];
};


export type MutationUpdateAfInterventionArgs = {
  id: Scalars['ID']['input'];
  input: InterventionUpdate;
};


export type MutationWithdrawAfConsentArgs = {
  id: Scalars['ID']['input'];
};

/** An officer responsible for something in the plan. */
export type Officer = {
  __typename?: 'Officer';
  agency: Agency;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Scalars['String']['output'];
};

/** An opportunity an agency acquired from an employer. The agency that acquired it records the matches to it. */
export type Opportunity = {
  __typename?: 'Opportunity';
  /** The day the agency acquired it. */
  acquiredOn: Scalars['Date']['output'];
  agency: Agency;
  area: WorkArea;
  /** The day the agency closed it; null unless closed. */
  closedOn: Maybe<Scalars['Date']['output']>;
  /** Whether the work needs a driving licence (B). */
  drivingLicence: Scalars['Boolean']['output'];
  /** The employer's name as the agency recorded it. */
  employerName: Scalars['String']['output'];
  employerOrganisationNumber: Scalars['ID']['output'];
  employerSector: EmployerSector;
  /** The day its last place was taken; null while a place is open. */
  filledOn: Maybe<Scalars['Date']['output']>;
  /** Places taken: matches that ended in a hire. */
  filledPlaces: Scalars['Int']['output'];
  /** Hours as a share of full time, 1–100. */
  hoursPercent: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The occupation in words, e.g. Lagerarbetare or Undersköterska. */
  occupation: Scalars['String']['output'];
  places: Scalars['Int']['output'];
  /** Other requirements, in words. */
  requirements: Maybe<Scalars['String']['output']>;
  /** The first day of work, when it is set. */
  startDate: Maybe<Scalars['Date']['output']>;
  status: OpportunityStatus;
  /** The Swedish the work needs. */
  swedishLevel: SwedishLevel;
  title: Scalars['String']['output'];
  type: OpportunityType;
  /** Goes up by one with every change; send it as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** A change of an opportunity: close it, open it again, or change its places. */
export type OpportunityChange = {
  /** The version you read; CONFLICT when it changed meanwhile. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  places?: InputMaybe<Scalars['Int']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** OPEN or CLOSED; FILLED follows from the hires. */
  status?: InputMaybe<OpportunityStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** An opportunity acquired from an employer the agency has recorded. */
export type OpportunityInput = {
  acquiredOn: Scalars['Date']['input'];
  /** The employer's area when not given. */
  area?: InputMaybe<WorkArea>;
  drivingLicence?: InputMaybe<Scalars['Boolean']['input']>;
  employerOrganisationNumber: Scalars['String']['input'];
  /** 1–100. */
  hoursPercent: Scalars['Int']['input'];
  occupation: Scalars['String']['input'];
  /** 1–50. */
  places?: InputMaybe<Scalars['Int']['input']>;
  requirements?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  swedishLevel: SwedishLevel;
  title: Scalars['String']['input'];
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

export type OutcomeTiming = {
  __typename?: 'OutcomeTiming';
  /** A category of the split, or ALL. */
  group: Scalars['String']['output'];
  /** @deprecated Medians are published in whole months only (medianMonths); this answers NOT_PUBLISHED. */
  medianDays: Figure;
  /** The median in completed months: for 10 people or more, and only when one person more or fewer would not change it. */
  medianMonths: Figure;
  people: Figure;
  /** Share (0–1) at work or in studies within 183 days of enrolment, from the published counts; only in a published report, for 10 people or more. */
  within6Months: Figure;
  /** Share (0–1) within 365 days, as within6Months. */
  within12Months: Figure;
};

export type Participant = {
  __typename?: 'Participant';
  /** Who has read or written Arbetsförmedlingen's records on the person, and when (loggutdrag): for the person themself and Arbetsförmedlingen's auditors. */
  afAccessLog: Maybe<AccessLogPart>;
  /** Consents the person has given AF (AF staff who work with the person only). */
  afConsents: Maybe<Array<Consent>>;
  /** The person's job-seeker profile (sökprofil) at AF: what matching reads (JOB_MATCHES). */
  afJobSeekerProfile: Maybe<JobSeekerProfile>;
  /**
   * Arbetsförmedlingen's perspective in the joint mapping (gemensam kartläggning): the
   * person's situation, abilities, wishes and obstacles as Arbetsförmedlingen sees them
   * (MAPPING): for AF staff who work with the person; other members of the person's team with the person's consent; and the person themself.
   */
  afMapping: Maybe<AgencyMapping>;
  /** Matches of the person to Arbetsförmedlingen's opportunities, with placements and their follow-ups (JOB_MATCHES). */
  afMatches: Maybe<MatchList>;
  /** What AF releases to the caller for matching. Not part of the API: the plan ranks opportunities from it. */
  afMatchingFacts: Maybe<MatchingFacts>;
  /** AF's open opportunities, for the ranking (the same for every person). Not part of the API. */
  afOpenOpportunities: Maybe<Array<Opportunity>>;
  /** AF's part of the joint plan. */
  afPlanPart: Maybe<AgencyPlanPart>;
  id: Scalars['ID']['output'];
  /** Matches to employer vacancies (matchning). */
  jobMatches: Maybe<JobMatchList>;
  /** Name, for the person's team; never for a person with protected identity outside AF's need-to-know. */
  name: Maybe<Scalars['String']['output']>;
  /** Personnummer, for AF staff who work with the person only. */
  personnummer: Maybe<Scalars['String']['output']>;
  /** Programme facts: enrolment, team, goal, follow-ups, discharge. */
  programme: Maybe<ProgrammeRecord>;
};

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

export type PeriodKind =
  | 'ALL'
  | 'MONTH'
  | 'TERTIAL'
  | 'YEAR';

/** A follow-up contact after a placement, at one fixed point. */
export type PlacementFollowUp = {
  __typename?: 'PlacementFollowUp';
  /** No contact is due any more: the placement ended before this point, or a later point was recorded. */
  closed: Scalars['Boolean']['output'];
  contactWith: Maybe<FollowUpContact>;
  /** The day the contact was made; null until it is recorded. */
  doneOn: Maybe<Scalars['Date']['output']>;
  /** The first day of the placement plus two weeks, three or six months. */
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  point: PlacementPoint;
  /** Whether the person still had the job or place at this point; null until recorded. */
  stillEmployed: Maybe<Scalars['Boolean']['output']>;
};

/** A follow-up contact after a placement, as made. */
export type PlacementFollowUpInput = {
  contactWith: FollowUpContact;
  doneOn: Scalars['Date']['input'];
  followUpId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  stillEmployed: Scalars['Boolean']['input'];
};

/** The fixed points after the first day of a placement at which the team follows up that the job is kept. */
export type PlacementPoint =
  /** Six months after the first day. */
  | 'SIX_MONTHS'
  /** Three months after the first day. */
  | 'THREE_MONTHS'
  /** Two weeks after the first day. */
  | 'TWO_WEEKS';

export type PlanGoal = {
  __typename?: 'PlanGoal';
  description: Scalars['String']['output'];
  type: PlanGoalType;
};

export type PlanGoalType =
  | 'STUDIES'
  | 'WORK';

/** One intervention (insats) in the joint plan, as its owning agency released it. */
export type PlanIntervention = {
  __typename?: 'PlanIntervention';
  agency: Agency;
  endDate: Maybe<Scalars['Date']['output']>;
  /** Share of full time, 0–100. */
  extentPercent: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  responsibleOfficer: Maybe<Officer>;
  startDate: Maybe<Scalars['Date']['output']>;
  status: InterventionStatus;
  title: Scalars['String']['output'];
  /** The agency's own kind of intervention, e.g. ARBETSTRANING. */
  type: Scalars['String']['output'];
  /** Goes up by one with every change. Send it as expectedVersion when changing or ending the intervention. */
  version: Scalars['Int']['output'];
};

export type ProgrammeRecord = {
  __typename?: 'ProgrammeRecord';
  dischargedOn: Maybe<Scalars['Date']['output']>;
  enrolledOn: Maybe<Scalars['Date']['output']>;
  entryRoute: Maybe<EntryRoute>;
  followUps: Array<FollowUp>;
  goal: Maybe<PlanGoal>;
  nextFollowUp: Maybe<FollowUp>;
  outcome: Maybe<Outcome>;
  status: Maybe<ParticipationStatus>;
  team: Maybe<Team>;
  /** Goes up by one with every change of goal or discharge; send it as expectedVersion. Null when withheld. */
  version: Maybe<Scalars['Int']['output']>;
  withheld: Maybe<WithheldNotice>;
};

/** A person proposed for an opportunity. */
export type ProposeMatchInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  opportunityId: Scalars['ID']['input'];
  participantId: Scalars['ID']['input'];
  proposedOn: Scalars['Date']['input'];
};

/**
 * An agency's publication of a period's figures: each agency stores its own
 * published copy in its own database, with the day, the version of the
 * definitions (docs/REPORT-DEFINITIONS.md) and a hash.
 */
export type Publication = {
  __typename?: 'Publication';
  agency: Agency;
  definitionsVersion: Scalars['String']['output'];
  /** For a preliminary period: the day it will be published if no analyst publishes it first (null for ALL while the programme runs). */
  dueOn: Maybe<Scalars['Date']['output']>;
  hash: Maybe<Scalars['String']['output']>;
  period: Scalars['String']['output'];
  /** AUTOMATIC or ANALYST; null while preliminary. */
  publishedBy: Maybe<Scalars['String']['output']>;
  publishedOn: Maybe<Scalars['Date']['output']>;
  /** Why the answered version was published, for a correction. */
  reason: Maybe<Scalars['String']['output']>;
  status: PublicationStatus;
  /** The version answered: the latest; null while preliminary. */
  version: Maybe<Scalars['Int']['output']>;
  /** Every version, oldest first. */
  versions: Array<PublicationVersion>;
};

/** Whether a period's figures are published (a stored, unchanging copy) or preliminary (counted anew on every question). */
export type PublicationStatus =
  /** Counted anew from the records on every question: the period is open, or closed and within its grace period. */
  | 'PRELIMINARY'
  /** Answered from the agency's stored copy, which never changes; a correction is a new version. */
  | 'PUBLISHED';

/** One published version of a period's figures at one agency. */
export type PublicationVersion = {
  __typename?: 'PublicationVersion';
  /** Published when the grace period after the period's close ran out, rather than by an analyst. */
  automatic: Scalars['Boolean']['output'];
  definitionsVersion: Scalars['String']['output'];
  /** SHA-256 of the published figures, hex. */
  hash: Scalars['String']['output'];
  publishedOn: Scalars['Date']['output'];
  /** For a correction (version 2 and later): why it was published. */
  reason: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * A figure over Arbetsförmedlingen's own records, for a calendar period,
   * grouped by at most two allowlisted dimensions. For the funder's analysts.
   */
  afAggregate: FigureTable;
  /** Log review (loggkontroll) of Arbetsförmedlingen's audit log, for its auditors. Periods are from (inclusive) to (exclusive). */
  afAuditReview: AuditReview;
  /**
   * Arbetsförmedlingen's employer-work figures for a calendar period (as in the
   * programme report): for the funder's analysts and for the staff who work
   * in the programme (EMPLOYER_WORK_FIGURES); figures only, protected like
   * every figure (docs/REPORT-DEFINITIONS.md).
   */
  afEmployerWorkFigures: EmployerWorkFigures;
  /**
   * The employers Arbetsförmedlingen works with, by name: those whose name or
   * organisation number holds `search`, of one sector when given (at most
   * `first`, 1–500). For the staff who work in the programme, of every agency
   * (AF's OPPORTUNITIES rule); not personal data about participants.
   */
  afEmployers: Array<Employer>;
  /**
   * Arbetsförmedlingen's staff register: the officers it employs, and those of the other
   * organisations it works with in the programme, with their part, roles,
   * teams and dates. For Arbetsförmedlingen's administrators.
   */
  afStaffRegister: Array<StaffEntry>;
  /** The programme's teams (multikompetenta team). */
  teams: Array<Team>;
};


export type QueryAfAggregateArgs = {
  groupBy?: Array<ReportDimension>;
  measure: AfMeasure;
  period: Scalars['String']['input'];
};


export type QueryAfAuditReviewArgs = {
  from: Scalars['DateTime']['input'];
  threshold?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['DateTime']['input'];
  windowMinutes?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAfEmployerWorkFiguresArgs = {
  period: Scalars['String']['input'];
};


export type QueryAfEmployersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<EmployerSector>;
};

/**
 * The programme report for one calendar period. Arbetsförmedlingen holds the
 * programme's enrolments and discharges; Malmö stad adds the social-assistance
 * figure from its own records; the targets are set beside the figures when
 * the report is composed.
 */
export type Report = {
  __typename?: 'Report';
  /** Arbetsförmedlingen's employer work: opportunities acquired and filled, matches and their outcomes, placements held at 3 and 6 months. */
  afEmployerWork: EmployerWorkFigures;
  /** Whether Arbetsförmedlingen's figures for the period are published, which version, and every version. */
  afPublication: Publication;
  /** The targets of Arbetsförmedlingen's figures, on track or not decided here on the true values. The plan sets them with the others in Report.targets. */
  afTargets: Array<TargetProgress>;
  /** Discharged in the period (utskrivna), rows by gender, columns by outcome and the groups WORK and WORK_OR_STUDIES. */
  discharged: FigureTable;
  /** Enrolled in the period (inskrivna), rows by gender, columns by entry route: the FK entries are the column FK. */
  enrolled: FigureTable;
  /** The period's first day. */
  from: Scalars['Date']['output'];
  kind: PeriodKind;
  /** The period's last day (for ALL: today). */
  lastDay: Scalars['Date']['output'];
  /** The day the figures were made (for a published period, the day its answered version was published): events dated up to and including it count. */
  madeOn: Scalars['Date']['output'];
  /** Month by month: ongoing at each month's end, enrolled and discharged, by legal gender. */
  monthly: MonthlySeries;
  /** Ongoing in the period (enrolled by its last day, not discharged before its first), by gender. */
  ongoing: FigureTable;
  /** The number ongoing as a level: the average and the lowest of the days of the period (up to the day the figures were made), by legal gender and ALL. */
  ongoingLevel: Array<LevelOfGroup>;
  /** The period's canonical label, e.g. 2026, 2026-T1, 2026-03 or ALL. */
  period: Scalars['String']['output'];
  /** Days from enrolment to work or studies for those discharged to them in the period, split by gender or background. */
  timeToOutcome: TimeToOutcome;
};


/**
 * The programme report for one calendar period. Arbetsförmedlingen holds the
 * programme's enrolments and discharges; Malmö stad adds the social-assistance
 * figure from its own records; the targets are set beside the figures when
 * the report is composed.
 */
export type ReportTimeToOutcomeArgs = {
  by?: TimingSplit;
};

/** The only dimensions a flexible aggregate can be grouped by (at most two). */
export type ReportDimension =
  /** Age at enrolment: AGE_30_39, AGE_40_49, AGE_50_59, AGE_60_PLUS. */
  | 'AGE_BAND'
  /** Born in or outside Europe. */
  | 'BACKGROUND'
  | 'ENTRY_ROUTE'
  | 'GENDER'
  /** The owning agency's intervention types; a person is counted once under each type they had. */
  | 'INTERVENTION_TYPE'
  /** Employer work: where a match stands today (PROPOSED, PRESENTED, INTERVIEW, HIRED, DECLINED, and the group IN_PROGRESS). */
  | 'MATCH_OUTCOME'
  /** The month of the figure's own date. */
  | 'MONTH'
  /** Employer work: the type of the opportunity. */
  | 'OPPORTUNITY_TYPE'
  /** Outcome at discharge, with the groups WORK and WORK_OR_STUDIES. */
  | 'OUTCOME'
  /** Employer work: whether a placement was held at its follow-up point (HELD, NOT_HELD, NOT_FOLLOWED_UP). */
  | 'PLACEMENT_HELD'
  | 'TEAM';

/**
 * An officer in an agency's staff register: who they are to that agency, and
 * from when to when. The agency's decisions use its register as well as the
 * officer's sign-in: a sign-in's roles and teams count only as far as the
 * register has them.
 */
export type StaffEntry = {
  __typename?: 'StaffEntry';
  /** First day of the employment (or of working with the agency in the programme). */
  activeFrom: Scalars['Date']['output'];
  /** Last day; null while it lasts. */
  activeTo: Maybe<Scalars['Date']['output']>;
  name: Scalars['String']['output'];
  officerId: Scalars['ID']['output'];
  /** The organisation that employs the officer: the agency itself, another agency of the programme, or FINSAM. */
  organisation: Scalars['String']['output'];
  /** The part the officer acts for; null for those who act for none (auditors, administrators, the funder's analysts). */
  party: Maybe<Party>;
  roles: Array<Scalars['String']['output']>;
  teams: Array<Scalars['ID']['output']>;
  /** Goes up by one with every change; send it as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** An officer's entry in an agency's staff register, as an administrator records it. */
export type StaffInput = {
  activeFrom: Scalars['Date']['input'];
  /** Set to end the employment: from the day after, the officer's sign-in grants nothing at this agency. */
  activeTo?: InputMaybe<Scalars['Date']['input']>;
  /** The entry's version you read; CONFLICT when it changed meanwhile. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  officerId: Scalars['ID']['input'];
  /** AF, MALMO, FK, REGION or FINSAM. */
  organisation: Scalars['String']['input'];
  party?: InputMaybe<Party>;
  /** Roles as the programme names them (ARBETSFORMEDLARE, SOCIALSEKRETERARE, ...). */
  roles: Array<Scalars['String']['input']>;
  teams?: InputMaybe<Array<Scalars['ID']['input']>>;
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

/** A targeted figure against its target, from the agency whose records it counts. */
export type TargetProgress = {
  __typename?: 'TargetProgress';
  /** The same figure by legal gender (the target is for the total). */
  byGender: Array<GroupFigure>;
  /** For a number over time, the part of the target due by the day the report was made; otherwise the target. */
  dueByToday: Scalars['Float']['output'];
  figure: TargetFigure;
  /** For ONGOING: the lowest number ongoing on any day of the period, rounded to 5. Null for other figures. */
  minimum: Maybe<Figure>;
  /**
   * Whether the figure has reached what is due, decided by the owning agency
   * on the true value (not the rounded one) and published as yes or no only;
   * null when the value is withheld.
   */
  onTrack: Maybe<Scalars['Boolean']['output']>;
  /** value / target, from the published value; null when the value is withheld. */
  progress: Maybe<Scalars['Float']['output']>;
  /** The target for the whole period: a number of people, or a share (0–1). */
  target: Scalars['Float']['output'];
  /** The published figure (a count rounded to 5, a share, or for ONGOING the average level rounded to 5); withheld when it is. */
  value: Figure;
};

/** A team (multikompetent team): officers of the four agencies who work with the same participants. */
export type Team = {
  __typename?: 'Team';
  /**
   * The people on the team whom Arbetsförmedlingen has on record as taking part, oldest enrolment first
   * (for members of the team only). Not part of the API: the plan merges the
   * agencies' lists into the team's caseload.
   */
  afCaseloadIds: Maybe<Array<Scalars['ID']['output']>>;
  /**
   * Follow-ups after placements in AF's opportunities due by the end of this
   * week (overdue ones too), for the people on the team (members of the team
   * only; each person released by JOB_MATCHES). Not part of the API: the plan
   * merges the agencies' lists.
   */
  afPlacementFollowUpsDue: Maybe<Array<DueFollowUp>>;
  /** Ongoing cases the team may carry. */
  capacity: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  members: Array<Officer>;
  name: Scalars['String']['output'];
  ongoingCases: Scalars['Int']['output'];
};

/** Time from enrolment to work or studies. */
export type TimeToOutcome = {
  __typename?: 'TimeToOutcome';
  /** Each group and ALL: people, median days, and the shares within 6 and within 12 months. */
  groups: Array<OutcomeTiming>;
  /**
   * People by group (rows) and time band (columns WITHIN_183_DAYS,
   * DAYS_184_TO_365, LATER_THAN_365_DAYS and the groups WITHIN_365_DAYS,
   * LATER_THAN_183_DAYS), with each row's median days.
   */
  table: FigureTable;
};

export type TimingSplit =
  | 'BACKGROUND'
  | 'GENDER';

/**
 * Shown in place of an agency's records that the caller may not see. It reads
 * the same whether or not the agency holds anything on the person.
 */
export type WithheldNotice = {
  __typename?: 'WithheldNotice';
  agency: Agency;
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

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

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Employer: Employer;
  Participant: Participant;
  Report: Report;
  Team: Team;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Employer:
    ( { __typename: 'Employer' }
    & GraphQLRecursivePick<FederationTypes['Employer'], {"organisationNumber":true}> );
  Participant:
    ( { __typename: 'Participant' }
    & GraphQLRecursivePick<FederationTypes['Participant'], {"id":true}> );
  Report:
    ( { __typename: 'Report' }
    & GraphQLRecursivePick<FederationTypes['Report'], {"period":true}> );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessLogEntry: ResolverTypeWrapper<AccessLogEntry>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessLogPart: ResolverTypeWrapper<AccessLogPart>;
  AfConsentCategory: AfConsentCategory;
  AfConsentInput: AfConsentInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AfInterventionInput: AfInterventionInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AfInterventionType: AfInterventionType;
  AfMeasure: AfMeasure;
  Agency: Agency;
  AgencyMapping: ResolverTypeWrapper<AgencyMapping>;
  AgencyPlanPart: ResolverTypeWrapper<PlanPartViewModel>;
  AuditReview: ResolverTypeWrapper<AuditReview>;
  BulkAccessFinding: ResolverTypeWrapper<BulkAccessFinding>;
  Consent: ResolverTypeWrapper<ConsentViewModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclineReason: DeclineReason;
  DueFollowUp: ResolverTypeWrapper<DueFollowUp>;
  Employer: ResolverTypeWrapper<EmployerRefModel>;
  EmployerContact: ResolverTypeWrapper<EmployerContact>;
  EmployerInput: EmployerInput;
  EmployerRecord: ResolverTypeWrapper<EmployerRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EmployerSector: EmployerSector;
  EmployerWorkFigures: ResolverTypeWrapper<Omit<EmployerWorkFigures, 'acquired' | 'filled' | 'heldAt3Months' | 'heldAt6Months' | 'matches'> & { acquired: ResolversTypes['FigureTable'], filled: ResolversTypes['FigureTable'], heldAt3Months: ResolversTypes['FigureTable'], heldAt6Months: ResolversTypes['FigureTable'], matches: ResolversTypes['FigureTable'] }>;
  EndStatus: EndStatus;
  EnrolInput: EnrolInput;
  EntryRoute: EntryRoute;
  Figure: ResolverTypeWrapper<Figure>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FigureRow: ResolverTypeWrapper<FigureRow>;
  FigureTable: ResolverTypeWrapper<FigureTableViewModel>;
  FollowUp: ResolverTypeWrapper<FollowUp>;
  FollowUpContact: FollowUpContact;
  FollowUpInput: FollowUpInput;
  Gender: Gender;
  GroupFigure: ResolverTypeWrapper<GroupFigure>;
  InterventionStatus: InterventionStatus;
  InterventionUpdate: InterventionUpdate;
  JobMatch: ResolverTypeWrapper<JobMatch>;
  JobMatchInput: JobMatchInput;
  JobMatchList: ResolverTypeWrapper<JobMatchList>;
  JobSeekerProfile: ResolverTypeWrapper<JobSeekerProfile>;
  JobSeekerProfileInput: JobSeekerProfileInput;
  LevelOfGroup: ResolverTypeWrapper<LevelOfGroup>;
  MappingInput: MappingInput;
  Match: ResolverTypeWrapper<Match>;
  MatchGoal: MatchGoal;
  MatchList: ResolverTypeWrapper<MatchList>;
  MatchStatus: MatchStatus;
  MatchStepInput: MatchStepInput;
  MatchingFacts: ResolverTypeWrapper<MatchingFacts>;
  MonthlySeries: ResolverTypeWrapper<ReportRefModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Officer: ResolverTypeWrapper<Officer>;
  Opportunity: ResolverTypeWrapper<Opportunity>;
  OpportunityChange: OpportunityChange;
  OpportunityInput: OpportunityInput;
  OpportunityStatus: OpportunityStatus;
  OpportunityType: OpportunityType;
  Outcome: Outcome;
  OutcomeTiming: ResolverTypeWrapper<OutcomeTiming>;
  Participant: ResolverTypeWrapper<ParticipantRefModel>;
  ParticipationStatus: ParticipationStatus;
  Party: Party;
  PeriodKind: PeriodKind;
  PlacementFollowUp: ResolverTypeWrapper<PlacementFollowUp>;
  PlacementFollowUpInput: PlacementFollowUpInput;
  PlacementPoint: PlacementPoint;
  PlanGoal: ResolverTypeWrapper<PlanGoal>;
  PlanGoalType: PlanGoalType;
  PlanIntervention: ResolverTypeWrapper<InterventionRowModel>;
  ProgrammeRecord: ResolverTypeWrapper<ProgrammeModelModel>;
  ProposeMatchInput: ProposeMatchInput;
  Publication: ResolverTypeWrapper<PublicationViewModel>;
  PublicationStatus: PublicationStatus;
  PublicationVersion: ResolverTypeWrapper<PublicationVersion>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Report: ResolverTypeWrapper<ReportRefModel>;
  ReportDimension: ReportDimension;
  StaffEntry: ResolverTypeWrapper<StaffEntry>;
  StaffInput: StaffInput;
  SwedishLevel: SwedishLevel;
  TargetFigure: TargetFigure;
  TargetProgress: ResolverTypeWrapper<TargetProgress>;
  Team: ResolverTypeWrapper<TeamRefModel>;
  TimeToOutcome: ResolverTypeWrapper<Omit<TimeToOutcome, 'table'> & { table: ResolversTypes['FigureTable'] }>;
  TimingSplit: TimingSplit;
  WithheldNotice: ResolverTypeWrapper<WithheldNotice>;
  WithheldReason: WithheldReason;
  WorkArea: WorkArea;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessLogEntry: AccessLogEntry;
  String: Scalars['String']['output'];
  AccessLogPart: AccessLogPart;
  AfConsentInput: AfConsentInput;
  ID: Scalars['ID']['output'];
  AfInterventionInput: AfInterventionInput;
  Int: Scalars['Int']['output'];
  AgencyMapping: AgencyMapping;
  AgencyPlanPart: PlanPartViewModel;
  AuditReview: AuditReview;
  BulkAccessFinding: BulkAccessFinding;
  Consent: ConsentViewModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DueFollowUp: DueFollowUp;
  Employer: EmployerRefModel;
  EmployerContact: EmployerContact;
  EmployerInput: EmployerInput;
  EmployerRecord: EmployerRecord;
  Boolean: Scalars['Boolean']['output'];
  EmployerWorkFigures: Omit<EmployerWorkFigures, 'acquired' | 'filled' | 'heldAt3Months' | 'heldAt6Months' | 'matches'> & { acquired: ResolversParentTypes['FigureTable'], filled: ResolversParentTypes['FigureTable'], heldAt3Months: ResolversParentTypes['FigureTable'], heldAt6Months: ResolversParentTypes['FigureTable'], matches: ResolversParentTypes['FigureTable'] };
  EnrolInput: EnrolInput;
  Figure: Figure;
  Float: Scalars['Float']['output'];
  FigureRow: FigureRow;
  FigureTable: FigureTableViewModel;
  FollowUp: FollowUp;
  FollowUpInput: FollowUpInput;
  GroupFigure: GroupFigure;
  InterventionUpdate: InterventionUpdate;
  JobMatch: JobMatch;
  JobMatchInput: JobMatchInput;
  JobMatchList: JobMatchList;
  JobSeekerProfile: JobSeekerProfile;
  JobSeekerProfileInput: JobSeekerProfileInput;
  LevelOfGroup: LevelOfGroup;
  MappingInput: MappingInput;
  Match: Match;
  MatchList: MatchList;
  MatchStepInput: MatchStepInput;
  MatchingFacts: MatchingFacts;
  MonthlySeries: ReportRefModel;
  Mutation: Record<PropertyKey, never>;
  Officer: Officer;
  Opportunity: Opportunity;
  OpportunityChange: OpportunityChange;
  OpportunityInput: OpportunityInput;
  OutcomeTiming: OutcomeTiming;
  Participant: ParticipantRefModel;
  PlacementFollowUp: PlacementFollowUp;
  PlacementFollowUpInput: PlacementFollowUpInput;
  PlanGoal: PlanGoal;
  PlanIntervention: InterventionRowModel;
  ProgrammeRecord: ProgrammeModelModel;
  ProposeMatchInput: ProposeMatchInput;
  Publication: PublicationViewModel;
  PublicationVersion: PublicationVersion;
  Query: Record<PropertyKey, never>;
  Report: ReportRefModel;
  StaffEntry: StaffEntry;
  StaffInput: StaffInput;
  TargetProgress: TargetProgress;
  Team: TeamRefModel;
  TimeToOutcome: Omit<TimeToOutcome, 'table'> & { table: ResolversParentTypes['FigureTable'] };
  WithheldNotice: WithheldNotice;
}>;

export type AccessLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AccessLogPartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogPart'] = ResolversParentTypes['AccessLogPart']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  withheld?: Resolver<Maybe<ResolversTypes['WithheldNotice']>, ParentType, ContextType>;
}>;

export type AgencyMappingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyMapping'] = ResolversParentTypes['AgencyMapping']> = ResolversObject<{
  abilities?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  obstacles?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  situation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  wishes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withheld?: Resolver<Maybe<ResolversTypes['WithheldNotice']>, ParentType, ContextType>;
}>;

export type AgencyPlanPartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyPlanPart'] = ResolversParentTypes['AgencyPlanPart']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  interventions?: Resolver<Array<ResolversTypes['PlanIntervention']>, ParentType, ContextType>;
  responsibleOfficers?: Resolver<Array<ResolversTypes['Officer']>, ParentType, ContextType>;
  withheld?: Resolver<Maybe<ResolversTypes['WithheldNotice']>, ParentType, ContextType>;
}>;

export type AuditReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditReview'] = ResolversParentTypes['AuditReview']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  outsideOfficeHours?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  outsideTeam?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  unusuallyMany?: Resolver<Array<ResolversTypes['BulkAccessFinding']>, ParentType, ContextType>;
}>;

export type BulkAccessFindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BulkAccessFinding'] = ResolversParentTypes['BulkAccessFinding']> = ResolversObject<{
  officerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  windowStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ConsentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DueFollowUpResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DueFollowUp'] = ResolversParentTypes['DueFollowUp']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  followUpId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opportunityTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  point?: Resolver<ResolversTypes['PlacementPoint'], ParentType, ContextType>;
}>;

export type EmployerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Employer'] = ResolversParentTypes['Employer'], FederationReferenceType extends FederationReferenceTypes['Employer'] = FederationReferenceTypes['Employer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  afEmployer?: Resolver<Maybe<ResolversTypes['EmployerRecord']>, ParentType, ContextType>;
  organisationNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type EmployerContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployerContact'] = ResolversParentTypes['EmployerContact']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EmployerRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployerRecord'] = ResolversParentTypes['EmployerRecord']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  area?: Resolver<ResolversTypes['WorkArea'], ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['EmployerContact']>, ParentType, ContextType>;
  contactWithheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opportunities?: Resolver<Array<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  organisationNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['EmployerSector'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EmployerWorkFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployerWorkFigures'] = ResolversParentTypes['EmployerWorkFigures']> = ResolversObject<{
  acquired?: Resolver<ResolversTypes['FigureTable'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  filled?: Resolver<ResolversTypes['FigureTable'], ParentType, ContextType>;
  heldAt3Months?: Resolver<ResolversTypes['FigureTable'], ParentType, ContextType>;
  heldAt6Months?: Resolver<ResolversTypes['FigureTable'], ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['FigureTable'], ParentType, ContextType>;
}>;

export type FigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = ResolversObject<{
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withheld?: Resolver<Maybe<ResolversTypes['WithheldReason']>, ParentType, ContextType>;
}>;

export type FigureRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureRow'] = ResolversParentTypes['FigureRow']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  medianDays?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  medianMonths?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
}>;

export type FigureTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FigureTable'] = ResolversParentTypes['FigureTable']> = ResolversObject<{
  colTotals?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  cols?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dimensions?: Resolver<Array<ResolversTypes['ReportDimension']>, ParentType, ContextType>;
  medianDays?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  medianMonths?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['FigureRow']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type FollowUpResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = ResolversObject<{
  agenda?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heldAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scheduledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type GroupFigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupFigure'] = ResolversParentTypes['GroupFigure']> = ResolversObject<{
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
}>;

export type JobMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobMatch'] = ResolversParentTypes['JobMatch']> = ResolversObject<{
  employer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vacancyTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type JobMatchListResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobMatchList'] = ResolversParentTypes['JobMatchList']> = ResolversObject<{
  matches?: Resolver<Array<ResolversTypes['JobMatch']>, ParentType, ContextType>;
  withheld?: Resolver<Maybe<ResolversTypes['WithheldNotice']>, ParentType, ContextType>;
}>;

export type JobSeekerProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobSeekerProfile'] = ResolversParentTypes['JobSeekerProfile']> = ResolversObject<{
  area?: Resolver<Maybe<ResolversTypes['WorkArea']>, ParentType, ContextType>;
  drivingLicence?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hoursPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  occupations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  swedishLevel?: Resolver<Maybe<ResolversTypes['SwedishLevel']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  withheld?: Resolver<Maybe<ResolversTypes['WithheldNotice']>, ParentType, ContextType>;
}>;

export type LevelOfGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LevelOfGroup'] = ResolversParentTypes['LevelOfGroup']> = ResolversObject<{
  average?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minimum?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
}>;

export type MatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Match'] = ResolversParentTypes['Match']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['DeclineReason']>, ParentType, ContextType>;
  declinedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['PlacementFollowUp']>, ParentType, ContextType>;
  hiredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interviewOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType>;
  participantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placementEndedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  placementStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  presentedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  proposedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MatchListResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchList'] = ResolversParentTypes['MatchList']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType>;
  withheld?: Resolver<Maybe<ResolversTypes['WithheldNotice']>, ParentType, ContextType>;
}>;

export type MatchingFactsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchingFacts'] = ResolversParentTypes['MatchingFacts']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['WorkArea']>, ParentType, ContextType>;
  drivingLicence?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['MatchGoal']>, ParentType, ContextType>;
  goalDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hoursPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  occupations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  studiesSwedish?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  swedishLevel?: Resolver<Maybe<ResolversTypes['SwedishLevel']>, ParentType, ContextType>;
  workCapacityPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type MonthlySeriesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonthlySeries'] = ResolversParentTypes['MonthlySeries']> = ResolversObject<{
  discharged?: Resolver<ResolversTypes['FigureTable'], ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['FigureTable'], ParentType, ContextType>;
  ongoingAtMonthEnd?: Resolver<ResolversTypes['FigureTable'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addAfIntervention?: Resolver<ResolversTypes['PlanIntervention'], ParentType, ContextType, RequireFields<MutationAddAfInterventionArgs, 'input'>>;
  addAfOpportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationAddAfOpportunityArgs, 'input'>>;
  afPublishFigures?: Resolver<ResolversTypes['Publication'], ParentType, ContextType, RequireFields<MutationAfPublishFiguresArgs, 'period'>>;
  assignTeam?: Resolver<ResolversTypes['Participant'], ParentType, ContextType, RequireFields<MutationAssignTeamArgs, 'participantId' | 'teamId'>>;
  changeAfOpportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationChangeAfOpportunityArgs, 'id' | 'input'>>;
  dischargeParticipant?: Resolver<ResolversTypes['Participant'], ParentType, ContextType, RequireFields<MutationDischargeParticipantArgs, 'dischargedOn' | 'outcome' | 'participantId'>>;
  endAfIntervention?: Resolver<ResolversTypes['PlanIntervention'], ParentType, ContextType, RequireFields<MutationEndAfInterventionArgs, 'endDate' | 'id' | 'status'>>;
  enrolParticipant?: Resolver<ResolversTypes['Participant'], ParentType, ContextType, RequireFields<MutationEnrolParticipantArgs, 'input'>>;
  proposeAfMatch?: Resolver<ResolversTypes['Match'], ParentType, ContextType, RequireFields<MutationProposeAfMatchArgs, 'input'>>;
  recordAfConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRecordAfConsentArgs, 'input'>>;
  recordAfEmployer?: Resolver<ResolversTypes['EmployerRecord'], ParentType, ContextType, RequireFields<MutationRecordAfEmployerArgs, 'input'>>;
  recordAfJobSeekerProfile?: Resolver<ResolversTypes['JobSeekerProfile'], ParentType, ContextType, RequireFields<MutationRecordAfJobSeekerProfileArgs, 'input'>>;
  recordAfMapping?: Resolver<ResolversTypes['AgencyMapping'], ParentType, ContextType, RequireFields<MutationRecordAfMappingArgs, 'input'>>;
  recordAfMatchStep?: Resolver<ResolversTypes['Match'], ParentType, ContextType, RequireFields<MutationRecordAfMatchStepArgs, 'input'>>;
  recordAfPlacementFollowUp?: Resolver<ResolversTypes['Match'], ParentType, ContextType, RequireFields<MutationRecordAfPlacementFollowUpArgs, 'input'>>;
  recordAfStaff?: Resolver<ResolversTypes['StaffEntry'], ParentType, ContextType, RequireFields<MutationRecordAfStaffArgs, 'input'>>;
  recordFollowUpHeld?: Resolver<ResolversTypes['FollowUp'], ParentType, ContextType, RequireFields<MutationRecordFollowUpHeldArgs, 'heldAt' | 'id'>>;
  recordJobMatch?: Resolver<ResolversTypes['JobMatch'], ParentType, ContextType, RequireFields<MutationRecordJobMatchArgs, 'input'>>;
  scheduleFollowUp?: Resolver<ResolversTypes['FollowUp'], ParentType, ContextType, RequireFields<MutationScheduleFollowUpArgs, 'input'>>;
  setPlanGoal?: Resolver<ResolversTypes['Participant'], ParentType, ContextType, RequireFields<MutationSetPlanGoalArgs, 'description' | 'goal' | 'participantId'>>;
  updateAfIntervention?: Resolver<ResolversTypes['PlanIntervention'], ParentType, ContextType, RequireFields<MutationUpdateAfInterventionArgs, 'id' | 'input'>>;
  withdrawAfConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationWithdrawAfConsentArgs, 'id'>>;
}>;

export type OfficerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Officer'] = ResolversParentTypes['Officer']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OpportunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity']> = ResolversObject<{
  acquiredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  area?: Resolver<ResolversTypes['WorkArea'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  drivingLicence?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  employerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employerOrganisationNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  employerSector?: Resolver<ResolversTypes['EmployerSector'], ParentType, ContextType>;
  filledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  filledPlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hoursPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requirements?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OpportunityStatus'], ParentType, ContextType>;
  swedishLevel?: Resolver<ResolversTypes['SwedishLevel'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['OpportunityType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OutcomeTimingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OutcomeTiming'] = ResolversParentTypes['OutcomeTiming']> = ResolversObject<{
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  medianDays?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  medianMonths?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  within6Months?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  within12Months?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
}>;

export type ParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant'], FederationReferenceType extends FederationReferenceTypes['Participant'] = FederationReferenceTypes['Participant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Participant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  afAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogPart']>, ParentType, ContextType>;
  afConsents?: Resolver<Maybe<Array<ResolversTypes['Consent']>>, ParentType, ContextType>;
  afJobSeekerProfile?: Resolver<Maybe<ResolversTypes['JobSeekerProfile']>, ParentType, ContextType>;
  afMapping?: Resolver<Maybe<ResolversTypes['AgencyMapping']>, ParentType, ContextType>;
  afMatches?: Resolver<Maybe<ResolversTypes['MatchList']>, ParentType, ContextType>;
  afMatchingFacts?: Resolver<Maybe<ResolversTypes['MatchingFacts']>, ParentType, ContextType>;
  afOpenOpportunities?: Resolver<Maybe<Array<ResolversTypes['Opportunity']>>, ParentType, ContextType>;
  afPlanPart?: Resolver<Maybe<ResolversTypes['AgencyPlanPart']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobMatches?: Resolver<Maybe<ResolversTypes['JobMatchList']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personnummer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['ProgrammeRecord']>, ParentType, ContextType>;
}>;

export type PlacementFollowUpResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlacementFollowUp'] = ResolversParentTypes['PlacementFollowUp']> = ResolversObject<{
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contactWith?: Resolver<Maybe<ResolversTypes['FollowUpContact']>, ParentType, ContextType>;
  doneOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  point?: Resolver<ResolversTypes['PlacementPoint'], ParentType, ContextType>;
  stillEmployed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type PlanGoalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanGoal'] = ResolversParentTypes['PlanGoal']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PlanGoalType'], ParentType, ContextType>;
}>;

export type PlanInterventionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanIntervention'] = ResolversParentTypes['PlanIntervention']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  extentPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  responsibleOfficer?: Resolver<Maybe<ResolversTypes['Officer']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InterventionStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProgrammeRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeRecord'] = ResolversParentTypes['ProgrammeRecord']> = ResolversObject<{
  dischargedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrolledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  entryRoute?: Resolver<Maybe<ResolversTypes['EntryRoute']>, ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['PlanGoal']>, ParentType, ContextType>;
  nextFollowUp?: Resolver<Maybe<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ParticipationStatus']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  withheld?: Resolver<Maybe<ResolversTypes['WithheldNotice']>, ParentType, ContextType>;
}>;

export type PublicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Publication'] = ResolversParentTypes['Publication']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  definitionsVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicationStatus'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['PublicationVersion']>, ParentType, ContextType>;
}>;

export type PublicationVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicationVersion'] = ResolversParentTypes['PublicationVersion']> = ResolversObject<{
  automatic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  definitionsVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  afAggregate?: Resolver<ResolversTypes['FigureTable'], ParentType, ContextType, RequireFields<QueryAfAggregateArgs, 'groupBy' | 'measure' | 'period'>>;
  afAuditReview?: Resolver<ResolversTypes['AuditReview'], ParentType, ContextType, RequireFields<QueryAfAuditReviewArgs, 'from' | 'threshold' | 'to' | 'windowMinutes'>>;
  afEmployerWorkFigures?: Resolver<ResolversTypes['EmployerWorkFigures'], ParentType, ContextType, RequireFields<QueryAfEmployerWorkFiguresArgs, 'period'>>;
  afEmployers?: Resolver<Array<ResolversTypes['Employer']>, ParentType, ContextType, RequireFields<QueryAfEmployersArgs, 'first'>>;
  afStaffRegister?: Resolver<Array<ResolversTypes['StaffEntry']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export type ReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report'], FederationReferenceType extends FederationReferenceTypes['Report'] = FederationReferenceTypes['Report']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Report']> | FederationReferenceType, FederationReferenceType, ContextType>;
  afEmployerWork?: Resolver<ResolversTypes['EmployerWorkFigures'], ParentType, ContextType>;
  afPublication?: Resolver<ResolversTypes['Publication'], ParentType, ContextType>;
  afTargets?: Resolver<Array<ResolversTypes['TargetProgress']>, ParentType, ContextType>;
  discharged?: Resolver<ResolversTypes['FigureTable'], ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['FigureTable'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PeriodKind'], ParentType, ContextType>;
  lastDay?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  madeOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  monthly?: Resolver<ResolversTypes['MonthlySeries'], ParentType, ContextType>;
  ongoing?: Resolver<ResolversTypes['FigureTable'], ParentType, ContextType>;
  ongoingLevel?: Resolver<Array<ResolversTypes['LevelOfGroup']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeToOutcome?: Resolver<ResolversTypes['TimeToOutcome'], ParentType, ContextType, RequireFields<ReportTimeToOutcomeArgs, 'by'>>;
}>;

export type StaffEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffEntry'] = ResolversParentTypes['StaffEntry']> = ResolversObject<{
  activeFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TargetProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetProgress'] = ResolversParentTypes['TargetProgress']> = ResolversObject<{
  byGender?: Resolver<Array<ResolversTypes['GroupFigure']>, ParentType, ContextType>;
  dueByToday?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  figure?: Resolver<ResolversTypes['TargetFigure'], ParentType, ContextType>;
  minimum?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  onTrack?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
}>;

export type TeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  afCaseloadIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  afPlacementFollowUpsDue?: Resolver<Maybe<Array<ResolversTypes['DueFollowUp']>>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Officer']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ongoingCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimeToOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeToOutcome'] = ResolversParentTypes['TimeToOutcome']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['OutcomeTiming']>, ParentType, ContextType>;
  table?: Resolver<ResolversTypes['FigureTable'], ParentType, ContextType>;
}>;

export type WithheldNoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WithheldNotice'] = ResolversParentTypes['WithheldNotice']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessLogPart?: AccessLogPartResolvers<ContextType>;
  AgencyMapping?: AgencyMappingResolvers<ContextType>;
  AgencyPlanPart?: AgencyPlanPartResolvers<ContextType>;
  AuditReview?: AuditReviewResolvers<ContextType>;
  BulkAccessFinding?: BulkAccessFindingResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DueFollowUp?: DueFollowUpResolvers<ContextType>;
  Employer?: EmployerResolvers<ContextType>;
  EmployerContact?: EmployerContactResolvers<ContextType>;
  EmployerRecord?: EmployerRecordResolvers<ContextType>;
  EmployerWorkFigures?: EmployerWorkFiguresResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  FigureRow?: FigureRowResolvers<ContextType>;
  FigureTable?: FigureTableResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  GroupFigure?: GroupFigureResolvers<ContextType>;
  JobMatch?: JobMatchResolvers<ContextType>;
  JobMatchList?: JobMatchListResolvers<ContextType>;
  JobSeekerProfile?: JobSeekerProfileResolvers<ContextType>;
  LevelOfGroup?: LevelOfGroupResolvers<ContextType>;
  Match?: MatchResolvers<ContextType>;
  MatchList?: MatchListResolvers<ContextType>;
  MatchingFacts?: MatchingFactsResolvers<ContextType>;
  MonthlySeries?: MonthlySeriesResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Officer?: OfficerResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  OutcomeTiming?: OutcomeTimingResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  PlacementFollowUp?: PlacementFollowUpResolvers<ContextType>;
  PlanGoal?: PlanGoalResolvers<ContextType>;
  PlanIntervention?: PlanInterventionResolvers<ContextType>;
  ProgrammeRecord?: ProgrammeRecordResolvers<ContextType>;
  Publication?: PublicationResolvers<ContextType>;
  PublicationVersion?: PublicationVersionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  StaffEntry?: StaffEntryResolvers<ContextType>;
  TargetProgress?: TargetProgressResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TimeToOutcome?: TimeToOutcomeResolvers<ContextType>;
  WithheldNotice?: WithheldNoticeResolvers<ContextType>;
}>;

