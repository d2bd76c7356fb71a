/* Generated from the schema by `npm run codegen`. Do not edit. */
import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { ParticipantRef as ParticipantRefModel, TeamRef as TeamRefModel, ProgrammeModel as ProgrammeModelModel } from '../models';
import { PlanPartView as PlanPartViewModel, InterventionRow as InterventionRowModel, ConsentView as ConsentViewModel } from '@malmokraften/shared';
import { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
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
  | 'JOB_MATCHES';

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

export type FollowUp = {
  __typename?: 'FollowUp';
  agenda: Maybe<Scalars['String']['output']>;
  heldAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  participantId: Scalars['ID']['output'];
  scheduledAt: Scalars['DateTime']['output'];
};

export type FollowUpInput = {
  agenda?: InputMaybe<Scalars['String']['input']>;
  participantId: Scalars['ID']['input'];
  scheduledAt: Scalars['DateTime']['input'];
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
  endDate?: InputMaybe<Scalars['Date']['input']>;
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

export type Mutation = {
  __typename?: 'Mutation';
  addAfIntervention: PlanIntervention;
  /** Assign the participant to a team. A team holds at most its capacity of ongoing cases. */
  assignTeam: Participant;
  /** Discharge (utskrivning) with an outcome. */
  dischargeParticipant: Participant;
  endAfIntervention: PlanIntervention;
  /** Enrol (inskrivning) a person in the programme. Issues the pseudonymous participant id. */
  enrolParticipant: Participant;
  /** Record the person's consent that AF may share categories with another party. */
  recordAfConsent: Consent;
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


export type MutationAssignTeamArgs = {
  participantId: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
};


export type MutationDischargeParticipantArgs = {
  dischargedOn: Scalars['Date']['input'];
  outcome: Outcome;
  participantId: Scalars['ID']['input'];
};


export type MutationEndAfInterventionArgs = {
  endDate: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  status: EndStatus;
};


export type MutationEnrolParticipantArgs = {
  input: EnrolInput;
};


export type MutationRecordAfConsentArgs = {
  input: AfConsentInput;
};


export type MutationRecordJobMatchArgs = {
  input: JobMatchInput;
};


export type MutationScheduleFollowUpArgs = {
  input: FollowUpInput;
};


export type MutationSetPlanGoalArgs = {
  description: Scalars['String']['input'];
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

export type Participant = {
  __typename?: 'Participant';
  /** Who has read or written Arbetsförmedlingen's records on the person, and when (loggutdrag): for the person themself and Arbetsförmedlingen's auditors. */
  afAccessLog: Maybe<AccessLogPart>;
  /** Consents the person has given AF (AF staff who work with the person only). */
  afConsents: Array<Consent>;
  /** AF's part of the joint plan. */
  afPlanPart: Maybe<AgencyPlanPart>;
  id: Scalars['ID']['output'];
  /** Matches to employer vacancies (matchning). */
  jobMatches: JobMatchList;
  /** Name, for the person's team; never for a person with protected identity outside AF's need-to-know. */
  name: Maybe<Scalars['String']['output']>;
  /** Personnummer, for AF staff who work with the person only. */
  personnummer: Maybe<Scalars['String']['output']>;
  /** Programme facts: enrolment, team, goal, follow-ups, discharge. */
  programme: ProgrammeRecord;
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
  withheld: Maybe<WithheldNotice>;
};

export type Query = {
  __typename?: 'Query';
  /** Log review (loggkontroll) of Arbetsförmedlingen's audit log, for its auditors. Periods are from (inclusive) to (exclusive). */
  afAuditReview: AuditReview;
  /**
   * A participant by the programme's pseudonymous id. Always answers with the
   * participant entity; each part says itself whether it was withheld, so the
   * answer does not reveal whether the person is known.
   */
  participant: Participant;
  team: Maybe<Team>;
  /** The programme's teams (multikompetenta team). */
  teams: Array<Team>;
};


export type QueryAfAuditReviewArgs = {
  from: Scalars['DateTime']['input'];
  threshold?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['DateTime']['input'];
  windowMinutes?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryParticipantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTeamArgs = {
  id: Scalars['ID']['input'];
};

export type Team = {
  __typename?: 'Team';
  /** Ongoing cases the team may carry. */
  capacity: Scalars['Int']['output'];
  /** The team's ongoing participants, oldest enrolment first (for members of the team only). */
  caseload: Array<Participant>;
  id: Scalars['ID']['output'];
  members: Array<Officer>;
  name: Scalars['String']['output'];
  ongoingCases: Scalars['Int']['output'];
};


export type TeamCaseloadArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

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
  Participant: Participant;
  Team: Team;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Participant:
    ( { __typename: 'Participant' }
    & GraphQLRecursivePick<FederationTypes['Participant'], {"id":true}> );
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
  Agency: Agency;
  AgencyPlanPart: ResolverTypeWrapper<PlanPartViewModel>;
  AuditReview: ResolverTypeWrapper<AuditReview>;
  BulkAccessFinding: ResolverTypeWrapper<BulkAccessFinding>;
  Consent: ResolverTypeWrapper<ConsentViewModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EndStatus: EndStatus;
  EnrolInput: EnrolInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EntryRoute: EntryRoute;
  FollowUp: ResolverTypeWrapper<FollowUp>;
  FollowUpInput: FollowUpInput;
  Gender: Gender;
  InterventionStatus: InterventionStatus;
  InterventionUpdate: InterventionUpdate;
  JobMatch: ResolverTypeWrapper<JobMatch>;
  JobMatchInput: JobMatchInput;
  JobMatchList: ResolverTypeWrapper<JobMatchList>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Officer: ResolverTypeWrapper<Officer>;
  Outcome: Outcome;
  Participant: ResolverTypeWrapper<ParticipantRefModel>;
  ParticipationStatus: ParticipationStatus;
  Party: Party;
  PlanGoal: ResolverTypeWrapper<PlanGoal>;
  PlanGoalType: PlanGoalType;
  PlanIntervention: ResolverTypeWrapper<InterventionRowModel>;
  ProgrammeRecord: ResolverTypeWrapper<ProgrammeModelModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Team: ResolverTypeWrapper<TeamRefModel>;
  WithheldNotice: ResolverTypeWrapper<WithheldNotice>;
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
  AgencyPlanPart: PlanPartViewModel;
  AuditReview: AuditReview;
  BulkAccessFinding: BulkAccessFinding;
  Consent: ConsentViewModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EnrolInput: EnrolInput;
  Boolean: Scalars['Boolean']['output'];
  FollowUp: FollowUp;
  FollowUpInput: FollowUpInput;
  InterventionUpdate: InterventionUpdate;
  JobMatch: JobMatch;
  JobMatchInput: JobMatchInput;
  JobMatchList: JobMatchList;
  Mutation: Record<PropertyKey, never>;
  Officer: Officer;
  Participant: ParticipantRefModel;
  PlanGoal: PlanGoal;
  PlanIntervention: InterventionRowModel;
  ProgrammeRecord: ProgrammeModelModel;
  Query: Record<PropertyKey, never>;
  Team: TeamRefModel;
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
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AccessLogPartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogPart'] = ResolversParentTypes['AccessLogPart']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
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

export type FollowUpResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = ResolversObject<{
  agenda?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heldAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scheduledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addAfIntervention?: Resolver<ResolversTypes['PlanIntervention'], ParentType, ContextType, RequireFields<MutationAddAfInterventionArgs, 'input'>>;
  assignTeam?: Resolver<ResolversTypes['Participant'], ParentType, ContextType, RequireFields<MutationAssignTeamArgs, 'participantId' | 'teamId'>>;
  dischargeParticipant?: Resolver<ResolversTypes['Participant'], ParentType, ContextType, RequireFields<MutationDischargeParticipantArgs, 'dischargedOn' | 'outcome' | 'participantId'>>;
  endAfIntervention?: Resolver<ResolversTypes['PlanIntervention'], ParentType, ContextType, RequireFields<MutationEndAfInterventionArgs, 'endDate' | 'id' | 'status'>>;
  enrolParticipant?: Resolver<ResolversTypes['Participant'], ParentType, ContextType, RequireFields<MutationEnrolParticipantArgs, 'input'>>;
  recordAfConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRecordAfConsentArgs, 'input'>>;
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

export type ParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant'], FederationReferenceType extends FederationReferenceTypes['Participant'] = FederationReferenceTypes['Participant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Participant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  afAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogPart']>, ParentType, ContextType>;
  afConsents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  afPlanPart?: Resolver<Maybe<ResolversTypes['AgencyPlanPart']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobMatches?: Resolver<ResolversTypes['JobMatchList'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personnummer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['ProgrammeRecord'], ParentType, ContextType>;
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
  withheld?: Resolver<Maybe<ResolversTypes['WithheldNotice']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  afAuditReview?: Resolver<ResolversTypes['AuditReview'], ParentType, ContextType, RequireFields<QueryAfAuditReviewArgs, 'from' | 'threshold' | 'to' | 'windowMinutes'>>;
  participant?: Resolver<ResolversTypes['Participant'], ParentType, ContextType, RequireFields<QueryParticipantArgs, 'id'>>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType, RequireFields<QueryTeamArgs, 'id'>>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export type TeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  caseload?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType, RequireFields<TeamCaseloadArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Officer']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ongoingCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WithheldNoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WithheldNotice'] = ResolversParentTypes['WithheldNotice']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessLogPart?: AccessLogPartResolvers<ContextType>;
  AgencyPlanPart?: AgencyPlanPartResolvers<ContextType>;
  AuditReview?: AuditReviewResolvers<ContextType>;
  BulkAccessFinding?: BulkAccessFindingResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FollowUp?: FollowUpResolvers<ContextType>;
  JobMatch?: JobMatchResolvers<ContextType>;
  JobMatchList?: JobMatchListResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Officer?: OfficerResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  PlanGoal?: PlanGoalResolvers<ContextType>;
  PlanIntervention?: PlanInterventionResolvers<ContextType>;
  ProgrammeRecord?: ProgrammeRecordResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  WithheldNotice?: WithheldNoticeResolvers<ContextType>;
}>;

