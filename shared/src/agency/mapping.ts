import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Agency } from '../caller';
import { badInput, notAvailable } from '../errors';
import type { AccessGate } from './gate';
import { checkVersion } from './interventions';
import { auditedWrite } from './audited-write';
import { withheldNotice, type WithheldNotice } from './withheld';
import { checkText, CODE_POINTS_PER_CHARACTER, isParticipantId } from './validate';

/**
 * The joint mapping (gemensam kartläggning): each agency records its own
 * perspective of the person's situation, abilities (strengths), wishes and
 * obstacles, in the meeting with the person, in its own database and under
 * its own rules (`MAPPING` to read, `RECORD_MAPPING` to write). The plan
 * sets the four perspectives side by side; nothing is stored outside the
 * agency that wrote it.
 */

/** The four texts of a perspective, in the order they are shown. */
export const MAPPING_FIELDS = ['situation', 'abilities', 'wishes', 'obstacles'] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];

/** The most characters (as a person counts them) of each text. */
export const MAPPING_TEXT_MAX = 2000;

/**
 * The table of an agency's perspectives, one row per person; its text
 * columns hold MAPPING_TEXT_MAX characters as a person counts them. Run by
 * the agency's migration with owner rights; a perspective is changed, never
 * erased, so the service's role may not delete one.
 */
export function jointMappingSchemaSql(appRole: string): { up: string[]; down: string[] } {
  const role = `"${appRole.replace(/"/g, '""')}"`;
  const text = (column: MappingField) =>
    `${column} text NOT NULL CHECK (length(${column}) BETWEEN 1 AND ${MAPPING_TEXT_MAX * CODE_POINTS_PER_CHARACTER})`;
  return {
    up: [
      `CREATE TABLE joint_mapping (
        participant_id text PRIMARY KEY REFERENCES participant (id),
        ${MAPPING_FIELDS.map(text).join(',\n        ')},
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`,
      `REVOKE DELETE, TRUNCATE ON joint_mapping FROM ${role}`,
    ],
    down: ['DROP TABLE joint_mapping'],
  };
}

export interface MappingRow {
  situation: string;
  abilities: string;
  wishes: string;
  obstacles: string;
  recordedAt: Date;
  version: number;
}

/** One agency's perspective as it leaves the agency: withheld (or none recorded: the two read the same), or the texts with their version. */
export interface MappingView {
  agency: Agency;
  withheld: WithheldNotice | null;
  situation: string | null;
  abilities: string | null;
  wishes: string | null;
  obstacles: string | null;
  recordedAt: Date | null;
  version: number | null;
}

export interface MappingInput {
  participantId: string;
  situation: string;
  abilities: string;
  wishes: string;
  obstacles: string;
  expectedVersion?: number | null;
}

async function loadMappings(ds: DataSource, ids: readonly string[]): Promise<Array<MappingRow | null>> {
  const rows: Array<{
    participant_id: string;
    situation: string;
    abilities: string;
    wishes: string;
    obstacles: string;
    recorded_at: Date;
    version: number;
  }> = await ds.query(
    'SELECT participant_id, situation, abilities, wishes, obstacles, recorded_at, version FROM joint_mapping WHERE participant_id = ANY($1::text[])',
    [ids],
  );
  const by = new Map(rows.map((r) => [r.participant_id, r]));
  return ids.map((id) => {
    const r = by.get(id);
    return r
      ? {
          situation: r.situation,
          abilities: r.abilities,
          wishes: r.wishes,
          obstacles: r.obstacles,
          recordedAt: r.recorded_at,
          version: r.version,
        }
      : null;
  });
}

/**
 * An agency's perspectives for one request: read under `read`, recorded
 * under `write`, each through the agency's gate (so every decision is in
 * its audit log, and a write is stored with its entry, under the request's
 * Idempotency-Key when it has one).
 */
export class JointMapping<C extends string> {
  private readonly rows: DataLoader<string, MappingRow | null>;

  constructor(
    private readonly gate: AccessGate<C>,
    private readonly agency: Agency,
    private readonly read: C,
    private readonly write: C,
  ) {
    this.rows = new DataLoader((ids) => loadMappings(gate.ds, ids));
  }

  private withheld(): MappingView {
    return {
      agency: this.agency,
      withheld: withheldNotice(this.agency),
      situation: null,
      abilities: null,
      wishes: null,
      obstacles: null,
      recordedAt: null,
      version: null,
    };
  }

  private view(row: MappingRow): MappingView {
    return { agency: this.agency, withheld: null, ...row };
  }

  /**
   * The agency's perspective as its rule releases it. None recorded reads
   * the same as withheld, so that the answer never tells whether the
   * agency knows the person.
   */
  async part(participantId: string): Promise<MappingView> {
    if (!isParticipantId(participantId)) return this.withheld();
    if (!(await this.gate.decide(participantId, this.read)).granted) return this.withheld();
    const row = await this.rows.load(participantId);
    return row ? this.view(row) : this.withheld();
  }

  /**
   * Records the agency's perspective, or changes it. With `expectedVersion`
   * the change is made only on that version (CONFLICT with the current
   * one otherwise); recording the first one takes none (or 0). A refusal
   * reads as NOT_AVAILABLE, the same as for a person the agency does not
   * know.
   */
  async record(input: MappingInput): Promise<MappingView> {
    if (!isParticipantId(input.participantId)) throw notAvailable();
    const texts = Object.fromEntries(
      MAPPING_FIELDS.map((f) => [f, checkText(input[f] ?? '', f, MAPPING_TEXT_MAX)]),
    ) as Record<MappingField, string>;
    const expected = input.expectedVersion;
    if (expected !== undefined && expected !== null && (!Number.isInteger(expected) || expected < 0)) {
      throw badInput('expectedVersion is the version you read: a whole number, 0 or more.', 'expectedVersion');
    }
    const officer = await this.gate.officer();
    const stored = await auditedWrite(this.gate, input.participantId, this.write, async (m) => {
      const values = [input.participantId, texts.situation, texts.abilities, texts.wishes, texts.obstacles, officer.id];
      const current: Array<{ version: number }> = await m.query(
        'SELECT version FROM joint_mapping WHERE participant_id = $1 FOR UPDATE',
        [input.participantId],
      );
      let rows: Array<{ recorded_at: Date; version: number }> = [];
      if (!current[0]) {
        checkVersion(expected, 0);
        rows = await m.query(
          `INSERT INTO joint_mapping (participant_id, situation, abilities, wishes, obstacles, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (participant_id) DO NOTHING RETURNING recorded_at, version`,
          values,
        );
      }
      if (!rows[0]) {
        // Recorded before, or by someone else a moment ago: a change of what is stored, on the version read when one was given.
        const locked: Array<{ version: number }> = current[0]
          ? current
          : await m.query('SELECT version FROM joint_mapping WHERE participant_id = $1 FOR UPDATE', [
              input.participantId,
            ]);
        checkVersion(expected, locked[0]!.version);
        await m.query(
          `UPDATE joint_mapping SET situation = $2, abilities = $3, wishes = $4, obstacles = $5, recorded_by = $6, recorded_at = now(), version = version + 1
            WHERE participant_id = $1`,
          values,
        );
        rows = await m.query('SELECT recorded_at, version FROM joint_mapping WHERE participant_id = $1', [
          input.participantId,
        ]);
      }
      return this.view({ ...texts, recordedAt: rows[0]!.recorded_at, version: rows[0]!.version });
    });
    this.rows.clear(input.participantId);
    return stored;
  }
}
