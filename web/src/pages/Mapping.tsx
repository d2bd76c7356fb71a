import { useState, type FormEvent } from 'react';
import { useQuery, type TypedDocumentNode } from 'urql';
import { graphql } from '../gql';
import type { Agency, MappingInput } from '../gql/graphql';
import { agencyName, useI18n } from '../i18n';
import { ErrorList, NotOffered, shownErrors } from '../errors';
import { Field, fieldProps, useWriteState, WriteFeedback } from '../form';
import { useWrite } from '../writes';
import { RECORD_MAPPING } from '../generated/agency-operations';
import { ConflictNotice } from './Programme';
import { BackToPlan } from './Plan';

const MappingQuery = graphql(`
  query JointMapping($id: ID!) {
    participant(id: $id) {
      id
      jointMapping {
        perspectives {
          agency
          situation
          abilities
          wishes
          obstacles
          recordedAt
          version
        }
        withheld {
          agency
          code
          message
        }
      }
    }
  }
`);

/**
 * What recording a perspective reads back, the same at every agency: each
 * agency's mutation (`record<Key>Mapping(input:)`) selects it, written by
 * `npm run registry` into generated/agency-operations.ts as RECORD_MAPPING;
 * an agency whose schema does not serve one has no form (shown as not offered).
 */
export const RecordedMapping = graphql(`
  fragment RecordedMapping on AgencyMapping {
    agency
    version
  }
`);
/** An agency's mutation for its perspective: every agency's takes the same input. */
type RecordMapping = TypedDocumentNode<unknown, { input: MappingInput }>;

const FIELDS = ['situation', 'abilities', 'wishes', 'obstacles'] as const;
type Texts = Record<(typeof FIELDS)[number], string>;
interface Perspective extends Partial<Record<(typeof FIELDS)[number], string | null>> {
  agency: Agency;
  version?: number | null;
}

/**
 * The joint mapping (gemensam kartläggning): each agency's perspective of
 * the person as that agency released it to the caller, side by side, and a
 * form for the caller's own agency's perspective. The form sends the
 * version it was opened on; changed meanwhile, it shows what is stored now.
 */
export function MappingPage({ id, agency }: { id: string; agency: Agency | null }) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: MappingQuery, variables: { id } });
  const mapping = result.data?.participant.jointMapping;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const own = mapping?.perspectives.find((p) => p.agency === agency) ?? null;

  return (
    <>
      <BackToPlan id={id} />
      <h1>{t('mapping.title', { id })}</h1>
      <p>{t('mapping.intro')}</p>
      {result.fetching && !result.data && <p role="status">{t('app.loading')}</p>}
      <ErrorList errors={shownErrors(result.error)} />
      {mapping && (
        <section className="card" aria-labelledby="mapping-now-title">
          <h2 id="mapping-now-title">{t('mapping.now')}</h2>
          {mapping.perspectives.map((p) => (
            <PerspectiveView key={p.agency} perspective={p} />
          ))}
          {mapping.withheld.map((w) => (
            <div key={w.agency} className="perspective" data-testid={`mapping-${w.agency}`}>
              <h3>{agencyName(t, w.agency)}</h3>
              <p className="notice">
                <strong>{w.code === 'UNAVAILABLE' ? t('mapping.unavailable') : t('plan.withheld')}:</strong> {w.message}
              </p>
            </div>
          ))}
        </section>
      )}
      {mapping && agency && !RECORD_MAPPING[agency] && <NotOffered agency={agency} />}
      {mapping && agency && RECORD_MAPPING[agency] && (
        <MappingForm participantId={id} agency={agency} record={RECORD_MAPPING[agency]} own={own} onChanged={refresh} />
      )}
    </>
  );
}

function PerspectiveView({ perspective }: { perspective: Perspective }) {
  const { t } = useI18n();
  return (
    <div className="perspective" data-testid={`mapping-${perspective.agency}`}>
      <h3>{agencyName(t, perspective.agency)}</h3>
      <dl className="facts">
        {FIELDS.map((f) => (
          <div key={f}>
            <dt>{t(`mapping.${f}`)}</dt>
            <dd>{perspective[f] ?? ''}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function MappingForm({
  participantId,
  agency,
  record,
  own,
  onChanged,
}: {
  participantId: string;
  agency: Agency;
  record: RecordMapping;
  own: Perspective | null;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  // The version this form was opened on (0: none recorded); a conflict moves it to what is stored now, once the person has seen it.
  const [opened, setOpened] = useState<number>(own?.version ?? 0);
  const [texts, setTexts] = useState<Texts>({
    situation: own?.situation ?? '',
    abilities: own?.abilities ?? '',
    wishes: own?.wishes ?? '',
    obstacles: own?.obstacles ?? '',
  });
  const { errors, retryable, saved, setSaved, conflict, begin, settle } = useWriteState();
  const write = useWrite(record);

  async function submit(e: FormEvent) {
    e.preventDefault();
    begin();
    const out = await write.submit({ input: { participantId, ...texts, expectedVersion: opened } });
    settle(out, {
      saved: () => {
        setSaved(t('mapping.saved'));
        setOpened(opened + 1);
        onChanged();
      },
      conflict: (current) => {
        setOpened(current ?? opened);
        onChanged();
      },
    });
  }

  const F = 'mapping';
  return (
    <form className="card record" onSubmit={submit} noValidate aria-labelledby="mapping-form-title">
      <h2 id="mapping-form-title">{t('mapping.formTitle', { agency: agencyName(t, agency) })}</h2>
      {conflict && (
        <ConflictNotice>{own ? <PerspectiveView perspective={own} /> : <p>{t('mapping.noneNow')}</p>}</ConflictNotice>
      )}
      <WriteFeedback errors={errors} title={t('mapping.failed')} retryable={retryable} saved={saved} />
      <div className="fields">
        {FIELDS.map((f) => (
          <Field key={f} label={t(`mapping.${f}`)} errors={errors} form={F} field={f} wide hint={t('mapping.hint')}>
            <textarea
              {...fieldProps(errors, F, f, `${F}-${f}-hint`)}
              value={texts[f]}
              maxLength={2000}
              rows={3}
              onChange={(e) => setTexts((x) => ({ ...x, [f]: e.target.value }))}
            />
          </Field>
        ))}
      </div>
      <button type="submit" disabled={write.busy}>
        {write.busy ? t('form.saving') : t('mapping.submit')}
      </button>
    </form>
  );
}
