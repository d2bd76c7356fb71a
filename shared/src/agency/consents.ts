import type { Agency, Party } from '../caller';
import { PARTIES } from '../caller';
import { AGENCY_NAMES } from '../agencies';
import { consentState } from '../access/rules';
import { now } from '../clock';
import { badInput, notAvailable } from '../errors';
import { auditedWrite } from './audited-write';
import type { AccessGate } from './gate';
import { checkDate, checkPeriod } from './validate';

export interface ConsentInput {
  participantId: string;
  recipient: string;
  categories: string[];
  validFrom: string;
  validTo?: string | null;
}

export interface ConsentView {
  id: string;
  agency: Agency;
  recipient: Party;
  categories: string[];
  validFrom: string;
  validTo: string | null;
  withdrawnAt: Date | null;
  recordedBy: string;
  state: string;
}

interface ConsentDbRow {
  id: string;
  participant_id: string;
  recipient_party: Party;
  categories: string[];
  valid_from: string;
  valid_to: string | null;
  withdrawn_at: Date | null;
  recorded_by: string;
}

const CONSENT_SELECT = `SELECT id, participant_id, recipient_party, categories, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
                               to_char(valid_to, 'YYYY-MM-DD') AS valid_to, withdrawn_at, recorded_by FROM consent`;

function consentView(agency: Agency, r: ConsentDbRow, today: string): ConsentView {
  const view = {
    id: r.id,
    agency,
    recipient: r.recipient_party,
    categories: r.categories,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    withdrawnAt: r.withdrawn_at,
    recordedBy: r.recorded_by,
  };
  return {
    ...view,
    state: consentState(
      {
        recipientParty: r.recipient_party,
        categories: r.categories,
        validFrom: r.valid_from,
        validTo: r.valid_to,
        withdrawnAt: r.withdrawn_at,
      },
      today,
    ),
  };
}

export async function loadConsents(
  gate: AccessGate<string>,
  participantIds: readonly string[],
  today: string,
): Promise<ConsentView[][]> {
  const rows: ConsentDbRow[] = await gate.ds.query(
    `${CONSENT_SELECT} WHERE participant_id = ANY($1::text[]) ORDER BY recorded_at`,
    [participantIds],
  );
  return participantIds.map((id) =>
    rows.filter((r) => r.participant_id === id).map((r) => consentView(gate.owner, r, today)),
  );
}

/**
 * Records a consent (samtycke) the person gave this agency. The categories
 * must be ones this agency can share; the recipient must be another party.
 */
export async function recordConsent(
  gate: AccessGate<string>,
  allowedCategories: readonly string[],
  ownParties: readonly Party[],
  input: ConsentInput,
  today: string,
): Promise<ConsentView> {
  if (!(PARTIES as readonly string[]).includes(input.recipient)) throw badInput('Unknown recipient.', 'recipient');
  if (ownParties.includes(input.recipient as Party))
    throw badInput('Consent is needed only for sharing with another party.', 'recipient');
  if (input.categories.length === 0) throw badInput('Name at least one category the consent covers.', 'categories');
  const bad = input.categories.find((c) => !allowedCategories.includes(c));
  if (bad) throw badInput(`${bad} is not a category ${AGENCY_NAMES[gate.owner]} can share.`, 'categories');
  checkDate(input.validFrom, 'validFrom');
  if (input.validTo) checkDate(input.validTo, 'validTo');
  checkPeriod(input.validFrom, input.validTo ?? null, "The consent's end date");
  return auditedWrite(gate, input.participantId, 'RECORD_CONSENT', async (m) => {
    const rows: ConsentDbRow[] = await m.query(
      `INSERT INTO consent (participant_id, recipient_party, categories, valid_from, valid_to, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id, participant_id, recipient_party, categories, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
                 to_char(valid_to, 'YYYY-MM-DD') AS valid_to, withdrawn_at, recorded_by`,
      [
        input.participantId,
        input.recipient,
        [...new Set(input.categories)],
        input.validFrom,
        input.validTo ?? null,
        gate.caller.officerId,
      ],
    );
    return consentView(gate.owner, rows[0]!, today);
  });
}

export async function withdrawConsent(
  gate: AccessGate<string>,
  consentId: string,
  today: string,
): Promise<ConsentView> {
  if (!/^[0-9a-f-]{36}$/i.test(consentId)) throw notAvailable();
  const found: Array<{ participant_id: string }> = await gate.ds.query(
    'SELECT participant_id FROM consent WHERE id = $1',
    [consentId],
  );
  const participantId = found[0]?.participant_id;
  if (!participantId) throw notAvailable();
  return auditedWrite(gate, participantId, 'RECORD_CONSENT_WITHDRAWAL', async (m) => {
    // The process's clock, not the database's: the withdrawal is dated on the same clock as the decisions.
    await m.query(
      `UPDATE consent SET withdrawn_at = COALESCE(withdrawn_at, $3), withdrawn_by = COALESCE(withdrawn_by, $2) WHERE id = $1`,
      [consentId, gate.caller.officerId, now()],
    );
    const rows: ConsentDbRow[] = await m.query(`${CONSENT_SELECT} WHERE id = $1`, [consentId]);
    return consentView(gate.owner, rows[0]!, today);
  });
}
