import { badInput, checkText } from '@malmokraften/shared';

/**
 * ICD-10-SE: a letter, two digits and an optional subdivision, e.g. F32.1,
 * M54.5 or F43.8A. Written in capitals; the dot is required before a
 * subdivision.
 */
const DIAGNOSIS_CODE = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,3})?$/;

export function checkDiagnosisCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!DIAGNOSIS_CODE.test(code))
    throw badInput('The diagnosis code must be an ICD-10-SE code, e.g. F32.1.', 'diagnosisCode');
  return code;
}

/** An officer id as the identity provider issues it, e.g. region-4001. */
const OFFICER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export function checkOfficerId(value: string): string {
  const id = value.trim();
  if (!OFFICER_ID.test(id))
    throw badInput('The officer id must be the id the officer signs in with, e.g. region-4001.', 'officerId');
  return id;
}

export const MAX_COORDINATION_NOTE = 1000;
export const MAX_CLINICAL_NOTE = 4000;

/** A coordination note: text, or null to have none. */
export function checkCoordinationNote(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : checkText(value, 'coordinationNote', MAX_COORDINATION_NOTE);
}
