/**
 * The subgraph role reads only what it may release, and changes only the end
 * of a benefit period. Default privileges give it the whole tables; these
 * take that back and grant column by column (the first migration, and again
 * RestoreGrants).
 */
export function fkColumnGrantsSql(appRole: string): string[] {
  const role = `"${appRole.replace(/"/g, '""')}"`;
  return [
    `REVOKE SELECT, UPDATE ON benefit_period, work_capacity_assessment, fk_referral FROM ${role}`,
    `GRANT SELECT (id, participant_id, type, extent_percent, start_date, end_date, recorded_by, recorded_at, version) ON benefit_period TO ${role}`,
    `GRANT UPDATE (end_date, version) ON benefit_period TO ${role}`,
    `GRANT SELECT (id, participant_id, assessed_on, capacity_percent, summary, recorded_by, recorded_at) ON work_capacity_assessment TO ${role}`,
    `GRANT SELECT (id, participant_id, referred_on, recorded_by, recorded_at) ON fk_referral TO ${role}`,
  ];
}
