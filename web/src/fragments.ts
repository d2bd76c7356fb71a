/**
 * Selections that several pages ask for, as GraphQL fragments: a page's
 * query spreads one by its name (`...AccessLogLine`), and its result type
 * is in gql/graphql (`AccessLogLineFragment`).
 */
import { graphql } from './gql';

/** One access to a person's records as the agencies log it: in the person's own extract and in the auditors' review. */
export const AccessLogLine = graphql(`
  fragment AccessLogLine on AccessLogEntry {
    at
    agency
    officerId
    organisation
    roles
    categories
    action
    purpose
    decision
  }
`);

/** An intervention of the joint plan: in the plan, the person's own plan and the form that changes it. */
export const PlanInterventionFields = graphql(`
  fragment PlanInterventionFields on PlanIntervention {
    id
    agency
    type
    title
    status
    startDate
    endDate
    extentPercent
  }
`);
