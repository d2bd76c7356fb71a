import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AGENCIES, agencyFolder, agencyKey, type Agency } from '../shared/src/agencies';
import {
  AGENCY_OPERATIONS,
  agencyDocument,
  AGENCY_FAN_OUTS,
  agencyOperationsModule,
  fanOutDocument,
  participantListDocument,
  PARTICIPANT_LISTS,
  type AgencySchema,
} from '../scripts/agency-operations';

/**
 * The web app's per-agency operations that `npm run registry` writes
 * (scripts/agency-operations.ts): one document per agency whose schema
 * serves the field, with the schema's argument types, and a new agency's
 * entries as soon as its schema serves the fields.
 */
const root = path.join(__dirname, '..');
const schemaOf = (folder: string) => readFileSync(path.join(root, 'subgraphs', folder, 'schema.graphql'), 'utf8');
const schemasOf = (agencies: readonly Agency[]): AgencySchema[] =>
  agencies.map((agency) => ({ agency, key: agencyKey(agency), schema: schemaOf(agencyFolder(agency)) }));
const REGISTERED = schemasOf(AGENCIES);
/**
 * The programme's four agencies, whose documents the pages had by hand: the
 * texts below are pinned to them, so that a fifth agency in the registry
 * changes none of these tests.
 */
const FOUR = ['AF', 'MALMO', 'FK', 'REGION'] as const;
const PROGRAMME = schemasOf(FOUR);
const op = (table: string) => AGENCY_OPERATIONS.find((o) => o.table === table)!;
const CONSENTS = PARTICIPANT_LISTS.find((l) => l.table === 'CONSENT_LISTS')!;
const PUBLISH = AGENCY_FAN_OUTS.find((f) => f.document === 'PublishFiguresMutation')!;

/** A sixth agency made as the README says: a copy of Region Skåne's folder under its own key. */
const NEWCO: AgencySchema = {
  agency: 'NEWCO',
  key: 'newco',
  schema: schemaOf('region')
    .replace(/region(?=[A-Z])/g, 'newco')
    .replace(/Region(?=[A-Z])/g, 'Newco'),
};

/** The table's entries in the module's text: `AGENCY: Document`. */
function entries(module: string, table: string): string[] {
  const block = new RegExp(`export const ${table}: [^=]*= \\{\\n([^}]*)\\};`).exec(module);
  if (!block) throw new Error(`no table ${table}`);
  return (block[1] ?? '')
    .split('\n')
    .map((line) => line.trim().replace(/,$/, ''))
    .filter(Boolean);
}

it('writes the documents the pages had by hand, with the argument types of each agency’s schema', () => {
  const af = PROGRAMME.find((a) => a.agency === 'AF')!;
  expect(agencyDocument(op('AUDIT_REVIEW'), af)?.text).toBe(`
  query AfAuditReview($from: DateTime!, $to: DateTime!) {
    review: afAuditReview(from: $from, to: $to) {
      ...AuditReviewFields
    }
  }
`);
  const region = PROGRAMME.find((a) => a.agency === 'REGION')!;
  expect(agencyDocument(op('RECORD_CONSENT'), region)?.text).toBe(`
  mutation RecordRegionConsent($input: RegionConsentInput!) {
    recordRegionConsent(input: $input) {
      ...RecordedConsent
    }
  }
`);
  expect(agencyDocument(op('WITHDRAW_CONSENT'), region)?.text).toContain(
    'mutation WithdrawRegionConsent($id: ID!) {\n    withdrawRegionConsent(id: $id) {',
  );
});

it('names every registered agency that serves the fields, in the registry’s order', () => {
  const module = agencyOperationsModule(REGISTERED);
  expect(entries(module, 'AUDIT_REVIEW')).toEqual(
    AGENCIES.map((a) => `${a}: ${a[0]}${a.slice(1).toLowerCase()}AuditReview`),
  );
  expect(module).toMatch(/^\/\/ Written by `npm run registry`.*do not edit\./ms);
});

it('gives a new agency its entries once its schema serves the fields', () => {
  const module = agencyOperationsModule([...PROGRAMME, NEWCO]);
  expect(entries(module, 'AUDIT_REVIEW')).toContain('NEWCO: NewcoAuditReview');
  expect(entries(module, 'RECORD_CONSENT')).toContain('NEWCO: RecordNewcoConsent');
  expect(entries(module, 'WITHDRAW_CONSENT')).toContain('NEWCO: WithdrawNewcoConsent');
  expect(entries(module, 'RECORD_MAPPING')).toContain('NEWCO: RecordNewcoMapping');
  expect(module).toContain('mutation RecordNewcoConsent($input: NewcoConsentInput!) {');
  expect(module).toContain('review: newcoAuditReview(from: $from, to: $to) {');
});

it('leaves out an agency whose schema does not serve the field, as not offered', () => {
  const withoutWithdraw = { ...NEWCO, schema: NEWCO.schema.replace('withdrawNewcoConsent(', 'revokeNewcoConsent(') };
  expect(agencyDocument(op('WITHDRAW_CONSENT'), withoutWithdraw)).toBeNull();
  const module = agencyOperationsModule([...PROGRAMME, withoutWithdraw]);
  expect(entries(module, 'WITHDRAW_CONSENT')).not.toContain('NEWCO: WithdrawNewcoConsent');
  expect(entries(module, 'RECORD_CONSENT')).toContain('NEWCO: RecordNewcoConsent');
  expect(agencyOperationsModule([])).toContain('export const AUDIT_REVIEW: Partial<Record<Agency, never>> = {\n};');
});

it('refuses a field without an argument the page passes', () => {
  const renamed = {
    ...NEWCO,
    schema: NEWCO.schema.replace('withdrawNewcoConsent(id: ID!)', 'withdrawNewcoConsent(ref: ID!)'),
  };
  expect(() => agencyDocument(op('WITHDRAW_CONSENT'), renamed)).toThrow(
    'NEWCO: withdrawNewcoConsent has no argument id',
  );
});

it('writes the consent list query the page had by hand, with every registered agency’s field', () => {
  const { text, fields } = participantListDocument(CONSENTS, PROGRAMME);
  expect(text).toBe(`
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
  expect(fields).toEqual(FOUR.map((agency) => ({ agency, field: `${agencyKey(agency)}Consents` })));
  const module = agencyOperationsModule(PROGRAMME);
  expect(module).toContain(`export const ConsentsQuery = graphql(\`${text}\`);`);
  expect(entries(module, 'CONSENT_LISTS')).toEqual(FOUR.map((a) => `${a}: '${agencyKey(a)}Consents'`));
  expect(module).toContain(
    "export const CONSENT_LISTS: Partial<Record<Agency, 'afConsents' | 'malmoConsents' | 'fkConsents' | 'regionConsents'>> = {",
  );
});

it('asks a new agency’s consents in the list query, after the registered ones', () => {
  const { text } = participantListDocument(CONSENTS, [...PROGRAMME, NEWCO]);
  expect(text).toContain(
    '      regionConsents {\n        ...ConsentFields\n      }\n      newcoConsents {\n        ...ConsentFields\n      }\n    }\n',
  );
  const module = agencyOperationsModule([...PROGRAMME, NEWCO]);
  expect(entries(module, 'CONSENT_LISTS')).toContain("NEWCO: 'newcoConsents'");
  expect(module).toContain("| 'regionConsents' | 'newcoConsents'>> = {");
});

it('leaves an agency whose Participant has no list of consents out of the query and the table', () => {
  const withoutList = { ...NEWCO, schema: NEWCO.schema.replace('newcoConsents:', 'newcoConsentHistory:') };
  expect(withoutList.schema).not.toContain('newcoConsents');
  const { text, fields } = participantListDocument(CONSENTS, [...PROGRAMME, withoutList]);
  expect(text).toBe(participantListDocument(CONSENTS, PROGRAMME).text);
  expect(fields.map((f) => f.agency)).toEqual([...FOUR]);
  const module = agencyOperationsModule([...PROGRAMME, withoutList]);
  expect(entries(module, 'CONSENT_LISTS')).not.toContain("NEWCO: 'newcoConsents'");
  // The agency's mutations are still written: only its list is not offered.
  expect(entries(module, 'RECORD_CONSENT')).toContain('NEWCO: RecordNewcoConsent');
  // A field of that name elsewhere than on Participant does not count.
  const elsewhere = {
    ...NEWCO,
    schema: `${withoutList.schema}\nextend type Query {\n  newcoConsents: [Consent!]\n}\n`,
  };
  expect(participantListDocument(CONSENTS, [elsewhere]).fields).toEqual([]);
  expect(agencyOperationsModule([])).toContain('export const CONSENT_LISTS: Partial<Record<Agency, never>> = {\n};');
});

it('reads a list served in an extension of Participant', () => {
  const extended = {
    ...NEWCO,
    schema: `${NEWCO.schema.replace('newcoConsents:', 'newcoConsentHistory:')}
extend type Participant {
  newcoConsents: [Consent!]
}
`,
  };
  expect(participantListDocument(CONSENTS, [extended]).fields).toEqual([{ agency: 'NEWCO', field: 'newcoConsents' }]);
});

it('sends publishing to every registered agency in one mutation, each answering under its key', () => {
  const { text, agencies } = fanOutDocument(PUBLISH, PROGRAMME);
  expect(text).toBe(`
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
  expect(agencies).toEqual([...FOUR]);
  expect(agencyOperationsModule(PROGRAMME)).toContain(`export const PublishFiguresMutation = graphql(\`${text}\`);`);
});

it('asks a new agency to publish too, and leaves out one whose schema does not serve the field', () => {
  const withNew = fanOutDocument(PUBLISH, [...PROGRAMME, NEWCO]);
  expect(withNew.agencies).toEqual([...FOUR, 'NEWCO']);
  expect(withNew.text).toContain(
    '    newco: newcoPublishFigures(period: $period, reason: $reason) {\n      ...PublishedVersion\n    }\n  }\n',
  );
  const notPublishing = { ...NEWCO, schema: NEWCO.schema.replace('newcoPublishFigures(', 'newcoReleaseFigures(') };
  expect(fanOutDocument(PUBLISH, [...PROGRAMME, notPublishing])).toEqual(fanOutDocument(PUBLISH, PROGRAMME));
  expect(fanOutDocument(PUBLISH, [notPublishing])).toEqual({ text: null, agencies: [] });
  expect(agencyOperationsModule([])).toContain('export const PublishFiguresMutation = null;');
});

it('refuses an agency that declares the arguments otherwise than the others, as one variable serves them all', () => {
  const otherwise = {
    ...NEWCO,
    schema: NEWCO.schema.replace(
      'newcoPublishFigures(period: String!, reason: String)',
      'newcoPublishFigures(period: String!, reason: String!)',
    ),
  };
  expect(otherwise.schema).not.toBe(NEWCO.schema);
  expect(() => fanOutDocument(PUBLISH, [...PROGRAMME, otherwise])).toThrow(
    'NEWCO: newcoPublishFigures declares ($period: String!, $reason: String!), not ($period: String!, $reason: String) as AF',
  );
});
