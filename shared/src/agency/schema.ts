/**
 * The tables every agency keeps in its own database to know a person under
 * the programme's pseudonymous id, who of its staff work with them, and the
 * consents the person has given this agency. Run by each agency's first
 * migration; the audit tables come from `../audit/schema`.
 */
export const participantSchemaSql = {
  up: [
    `CREATE TABLE participant (
       id text PRIMARY KEY CHECK (id ~ '^P-[0-9A-Z]{8}$'),
       personnummer text NOT NULL UNIQUE CHECK (personnummer ~ '^[0-9]{12}$'),
       first_name text NOT NULL,
       last_name text NOT NULL,
       protected_identity boolean NOT NULL DEFAULT false,
       sharing_blocked boolean NOT NULL DEFAULT false,
       team_id text CHECK (team_id ~ '^T[0-9]{2}$'),
       registered_at timestamptz NOT NULL DEFAULT now(),
       registered_by text NOT NULL,
       version integer NOT NULL DEFAULT 1
     )`,
    `CREATE INDEX participant_team_idx ON participant (team_id)`,
    `CREATE TABLE assignment (
       participant_id text NOT NULL REFERENCES participant (id),
       officer_id text NOT NULL,
       officer_name text NOT NULL,
       role text NOT NULL,
       assigned_on date NOT NULL DEFAULT current_date,
       PRIMARY KEY (participant_id, role, officer_id)
     )`,
    `CREATE INDEX assignment_officer_idx ON assignment (officer_id)`,
    `CREATE TABLE consent (
       id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
       participant_id text NOT NULL REFERENCES participant (id),
       recipient_party text NOT NULL,
       categories text[] NOT NULL CHECK (cardinality(categories) > 0),
       valid_from date NOT NULL,
       valid_to date,
       withdrawn_at timestamptz,
       withdrawn_by text,
       recorded_by text NOT NULL,
       recorded_at timestamptz NOT NULL DEFAULT now(),
       CHECK (valid_to IS NULL OR valid_to >= valid_from)
     )`,
    `CREATE INDEX consent_participant_idx ON consent (participant_id)`,
  ],
  down: ['DROP TABLE consent', 'DROP TABLE assignment', 'DROP TABLE participant'],
};
