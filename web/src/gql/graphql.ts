/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type InterventionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ONGOING'
  | 'PLANNED';

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

export type ParticipationStatus =
  | 'DISCHARGED'
  | 'ENROLLED';

export type PlanGoalType =
  | 'STUDIES'
  | 'WORK';

/** Whether a period's figures are published (a stored, unchanging copy) or preliminary (counted anew on every question). */
export type PublicationStatus =
  /** Counted anew from the records on every question: the period is open, or closed and within its grace period. */
  | 'PRELIMINARY'
  /** Answered from the agency's stored copy, which never changes; a correction is a new version. */
  | 'PUBLISHED';

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

export type CaseloadQueryVariables = Exact<{
  team: string | number;
}>;


export type CaseloadQuery = { team: { id: string, name: string, capacity: number, ongoingCases: number, caseload: Array<{ id: string, name: string | null, programme: { status: ParticipationStatus | null, enrolledOn: string | null, nextFollowUp: { scheduledAt: string } | null } | null }> } | null };

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

export type PlanQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanQuery = { participant: { id: string, name: string | null, programme: { status: ParticipationStatus | null, withheld: { agency: Agency, message: string } | null, team: { id: string, name: string } | null, goal: { type: PlanGoalType, description: string } | null, nextFollowUp: { scheduledAt: string } | null } | null, jointPlan: { items: Array<{ parallelWith: Array<string>, intervention: { id: string, agency: Agency, type: string, title: string, status: InterventionStatus, startDate: string | null, endDate: string | null, extentPercent: number | null, responsibleOfficer: { name: string, role: string } | null } }>, withheld: Array<{ agency: Agency, code: string, message: string }> } } };

export type ProgrammeReportQueryVariables = Exact<{
  period: string;
}>;


export type ProgrammeReportQuery = { programmeReport: { period: string, lastDay: string, madeOn: string, afPublication: { agency: Agency, status: PublicationStatus, version: number | null, publishedOn: string | null, publishedBy: string | null, reason: string | null, definitionsVersion: string, hash: string | null, dueOn: string | null }, malmoPublication: { agency: Agency, status: PublicationStatus, version: number | null, publishedOn: string | null, publishedBy: string | null, reason: string | null, definitionsVersion: string, hash: string | null, dueOn: string | null }, ongoingLevel: Array<{ group: string, average: { value: number | null, withheld: WithheldReason | null }, minimum: { value: number | null, withheld: WithheldReason | null } }>, monthly: { ongoingAtMonthEnd: { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } }, enrolled: { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } }, discharged: { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } } }, enrolled: { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } }, ongoing: { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } }, discharged: { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } }, timeToOutcome: { groups: Array<{ group: string, people: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null }, within6Months: { value: number | null, withheld: WithheldReason | null }, within12Months: { value: number | null, withheld: WithheldReason | null } }> }, socialAssistanceLeft: { groups: Array<{ group: string, population: { value: number | null, withheld: WithheldReason | null }, count: { value: number | null, withheld: WithheldReason | null }, share: { value: number | null, withheld: WithheldReason | null } }> } | null, targets: Array<{ figure: TargetFigure, target: number, dueByToday: number, progress: number | null, onTrack: boolean | null, value: { value: number | null, withheld: WithheldReason | null }, byGender: Array<{ group: string, value: { value: number | null, withheld: WithheldReason | null } }>, minimum: { value: number | null, withheld: WithheldReason | null } | null }> } };

export type PublicationFieldsFragment = { agency: Agency, status: PublicationStatus, version: number | null, publishedOn: string | null, publishedBy: string | null, reason: string | null, definitionsVersion: string, hash: string | null, dueOn: string | null };

export type FigureTableFieldsFragment = { period: string, cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null }, medianMonths: { value: number | null, withheld: WithheldReason | null } | null }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }>, total: { value: number | null, withheld: WithheldReason | null } };

export type ReportYearQueryVariables = Exact<{
  period: string;
}>;


export type ReportYearQuery = { programmeReport: { period: string, discharged: { cols: Array<string>, rows: Array<{ label: string, cells: Array<{ value: number | null, withheld: WithheldReason | null }> }>, colTotals: Array<{ value: number | null, withheld: WithheldReason | null }> }, targets: Array<{ figure: TargetFigure, target: number, dueByToday: number, value: { value: number | null, withheld: WithheldReason | null } }> } };

export type PublishFiguresMutationVariables = Exact<{
  period: string;
  reason?: string | null | undefined;
}>;


export type PublishFiguresMutation = { af: { version: number | null }, malmo: { version: number | null }, fk: { version: number | null }, region: { version: number | null } };

export const PublicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"definitionsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]} as unknown as DocumentNode<PublicationFieldsFragment, unknown>;
export const FigureTableFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"cols"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"colTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}}]} as unknown as DocumentNode<FigureTableFieldsFragment, unknown>;
export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"team"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"team"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"ongoingCases"}},{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const AddAfInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAfIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AfInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAfIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AddAfInterventionMutation, AddAfInterventionMutationVariables>;
export const AddMalmoInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMalmoIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MalmoInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMalmoIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AddMalmoInterventionMutation, AddMalmoInterventionMutationVariables>;
export const AddFkInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFkIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FkInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFkIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AddFkInterventionMutation, AddFkInterventionMutationVariables>;
export const AddCareActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCareActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCareActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AddCareActivityMutation, AddCareActivityMutationVariables>;
export const PlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"extentPercent"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parallelWith"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanQuery, PlanQueryVariables>;
export const ProgrammeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"madeOn"}},{"kind":"Field","name":{"kind":"Name","value":"afPublication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"malmoPublication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ongoingLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"average"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ongoingAtMonthEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discharged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureTableFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discharged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"GENDER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"within6Months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"within12Months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialAssistanceLeft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"population"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dueByToday"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"byGender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"definitionsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"cols"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"colTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}}]} as unknown as DocumentNode<ProgrammeReportQuery, ProgrammeReportQueryVariables>;
export const ReportYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"discharged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cols"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"colTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dueByToday"}}]}}]}}]}}]} as unknown as DocumentNode<ReportYearQuery, ReportYearQueryVariables>;
export const PublishFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"af"},"name":{"kind":"Name","value":"afPublishFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"malmo"},"name":{"kind":"Name","value":"malmoPublishFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fk"},"name":{"kind":"Name","value":"fkPublishFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"region"},"name":{"kind":"Name","value":"regionPublishFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PublishFiguresMutation, PublishFiguresMutationVariables>;