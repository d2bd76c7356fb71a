/**
 * The subgraph's role may add clinical notes and read back their id and
 * time, but can read neither the diagnosis nor the text, nor change or
 * remove a note. Default privileges give it everything; these take that
 * back and grant only this (the first migration, and again RestoreGrants).
 */
export function clinicalNoteGrantsSql(appRole: string): string[] {
  const role = `"${appRole.replace(/"/g, '""')}"`;
  return [
    'REVOKE ALL ON clinical_note FROM PUBLIC',
    `REVOKE ALL ON clinical_note FROM ${role}`,
    `GRANT INSERT ON clinical_note TO ${role}`,
    `GRANT SELECT (id, written_at) ON clinical_note TO ${role}`,
  ];
}
