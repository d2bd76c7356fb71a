// Written by `npm run registry` from the agency registry (shared/src/agencies.ts) and the agencies' schemas
// (scripts/agency-operations.ts); do not edit.
import { graphql } from '../gql';
import type { Agency } from '../agencies';

const AfAuditReview = graphql(`
  query AfAuditReview($from: DateTime!, $to: DateTime!) {
    review: afAuditReview(from: $from, to: $to) {
      ...AuditReviewFields
    }
  }
`);

const MalmoAuditReview = graphql(`
  query MalmoAuditReview($from: DateTime!, $to: DateTime!) {
    review: malmoAuditReview(from: $from, to: $to) {
      ...AuditReviewFields
    }
  }
`);

const FkAuditReview = graphql(`
  query FkAuditReview($from: DateTime!, $to: DateTime!) {
    review: fkAuditReview(from: $from, to: $to) {
      ...AuditReviewFields
    }
  }
`);

const RegionAuditReview = graphql(`
  query RegionAuditReview($from: DateTime!, $to: DateTime!) {
    review: regionAuditReview(from: $from, to: $to) {
      ...AuditReviewFields
    }
  }
`);

/**
 * Each agency's log review, by the query its schema serves (pages/AuditReview.tsx).
 * An agency whose schema does not serve the field is absent.
 */
export const AUDIT_REVIEW: Partial<
  Record<Agency, typeof AfAuditReview | typeof MalmoAuditReview | typeof FkAuditReview | typeof RegionAuditReview>
> = {
  AF: AfAuditReview,
  MALMO: MalmoAuditReview,
  FK: FkAuditReview,
  REGION: RegionAuditReview,
};

const RecordAfConsent = graphql(`
  mutation RecordAfConsent($input: AfConsentInput!) {
    recordAfConsent(input: $input) {
      ...RecordedConsent
    }
  }
`);

const RecordMalmoConsent = graphql(`
  mutation RecordMalmoConsent($input: MalmoConsentInput!) {
    recordMalmoConsent(input: $input) {
      ...RecordedConsent
    }
  }
`);

const RecordFkConsent = graphql(`
  mutation RecordFkConsent($input: FkConsentInput!) {
    recordFkConsent(input: $input) {
      ...RecordedConsent
    }
  }
`);

const RecordRegionConsent = graphql(`
  mutation RecordRegionConsent($input: RegionConsentInput!) {
    recordRegionConsent(input: $input) {
      ...RecordedConsent
    }
  }
`);

/**
 * Each agency's mutation that records a consent (pages/Consents.tsx).
 * An agency whose schema does not serve the field is absent.
 */
export const RECORD_CONSENT: Partial<
  Record<
    Agency,
    typeof RecordAfConsent | typeof RecordMalmoConsent | typeof RecordFkConsent | typeof RecordRegionConsent
  >
> = {
  AF: RecordAfConsent,
  MALMO: RecordMalmoConsent,
  FK: RecordFkConsent,
  REGION: RecordRegionConsent,
};

const WithdrawAfConsent = graphql(`
  mutation WithdrawAfConsent($id: ID!) {
    withdrawAfConsent(id: $id) {
      ...WithdrawnConsent
    }
  }
`);

const WithdrawMalmoConsent = graphql(`
  mutation WithdrawMalmoConsent($id: ID!) {
    withdrawMalmoConsent(id: $id) {
      ...WithdrawnConsent
    }
  }
`);

const WithdrawFkConsent = graphql(`
  mutation WithdrawFkConsent($id: ID!) {
    withdrawFkConsent(id: $id) {
      ...WithdrawnConsent
    }
  }
`);

const WithdrawRegionConsent = graphql(`
  mutation WithdrawRegionConsent($id: ID!) {
    withdrawRegionConsent(id: $id) {
      ...WithdrawnConsent
    }
  }
`);

/**
 * Each agency's mutation that withdraws a consent (pages/Consents.tsx).
 * An agency whose schema does not serve the field is absent.
 */
export const WITHDRAW_CONSENT: Partial<
  Record<
    Agency,
    typeof WithdrawAfConsent | typeof WithdrawMalmoConsent | typeof WithdrawFkConsent | typeof WithdrawRegionConsent
  >
> = {
  AF: WithdrawAfConsent,
  MALMO: WithdrawMalmoConsent,
  FK: WithdrawFkConsent,
  REGION: WithdrawRegionConsent,
};

const RecordAfMapping = graphql(`
  mutation RecordAfMapping($input: MappingInput!) {
    recordAfMapping(input: $input) {
      ...RecordedMapping
    }
  }
`);

const RecordMalmoMapping = graphql(`
  mutation RecordMalmoMapping($input: MappingInput!) {
    recordMalmoMapping(input: $input) {
      ...RecordedMapping
    }
  }
`);

const RecordFkMapping = graphql(`
  mutation RecordFkMapping($input: MappingInput!) {
    recordFkMapping(input: $input) {
      ...RecordedMapping
    }
  }
`);

const RecordRegionMapping = graphql(`
  mutation RecordRegionMapping($input: MappingInput!) {
    recordRegionMapping(input: $input) {
      ...RecordedMapping
    }
  }
`);

/**
 * Each agency's mutation that records its perspective of the joint mapping (pages/Mapping.tsx).
 * An agency whose schema does not serve the field is absent.
 */
export const RECORD_MAPPING: Partial<
  Record<
    Agency,
    typeof RecordAfMapping | typeof RecordMalmoMapping | typeof RecordFkMapping | typeof RecordRegionMapping
  >
> = {
  AF: RecordAfMapping,
  MALMO: RecordMalmoMapping,
  FK: RecordFkMapping,
  REGION: RecordRegionMapping,
};

export const ConsentsQuery = graphql(`
  query Consents($id: ID!) {
    participant(id: $id) {
      id
      afConsents {
        ...ConsentFields
      }
      malmoConsents {
        ...ConsentFields
      }
      fkConsents {
        ...ConsentFields
      }
      regionConsents {
        ...ConsentFields
      }
    }
  }
`);

/**
 * Each agency's field on Participant that lists the person's consents it holds (pages/Consents.tsx).
 * An agency whose schema does not serve the field is absent, and ConsentsQuery does not ask it.
 */
export const CONSENT_LISTS: Partial<Record<Agency, 'afConsents' | 'malmoConsents' | 'fkConsents' | 'regionConsents'>> =
  {
    AF: 'afConsents',
    MALMO: 'malmoConsents',
    FK: 'fkConsents',
    REGION: 'regionConsents',
  };

/**
 * Publishing a closed period's figures (or a correction) at every agency that publishes its own (pages/Report.tsx).
 * Each agency whose schema serves the field answers under its key; one that does not is not asked.
 */
export const PublishFiguresMutation = graphql(`
  mutation PublishFigures($period: String!, $reason: String) {
    af: afPublishFigures(period: $period, reason: $reason) {
      ...PublishedVersion
    }
    malmo: malmoPublishFigures(period: $period, reason: $reason) {
      ...PublishedVersion
    }
    fk: fkPublishFigures(period: $period, reason: $reason) {
      ...PublishedVersion
    }
    region: regionPublishFigures(period: $period, reason: $reason) {
      ...PublishedVersion
    }
  }
`);
