import { sqlMigration } from '../../db/data-source';
import { agencyMigrations, migrationName } from '../migrations';

const names = (ms: ReturnType<typeof agencyMigrations>) => ms.map(migrationName);
const own = (name: string) => sqlMigration(name, { up: [`SELECT '${name}'`], down: [] });

describe("an agency's migrations", () => {
  it('takes the common steps and its own in the order of their timestamps', () => {
    const list = names(
      agencyMigrations('mk_x_app', {
        own: [own('Initial1764000000000'), own('Later1765500000000'), own('TextLength1764800000000')],
        employerWork: true,
      }),
    );
    expect(list).toEqual([
      'Initial1764000000000',
      'IdempotencyKeys1764200000000',
      'PublishedReports1764400000000',
      'AuditAnchor1764600000000',
      'StaffRegister1764600000001',
      'TextLength1764800000000',
      'EmployerWork1765000000000',
      'JointMapping1765200000000',
      'AuditAppendSetBased1765400000000',
      'RestoreGrants1765400000001',
      'Later1765500000000',
      'ReportChanges1765600000000',
    ]);
  });

  it("leaves employer work out for an agency without it, and puts an own step in a common step's place", () => {
    const mine = own('IdempotencyKeys1764200000000');
    const list = agencyMigrations('mk_x_app', { own: [own('Initial1764000000000'), mine], employerWork: false });
    expect(names(list)).not.toContain('EmployerWork1765000000000');
    expect(list.filter((m) => migrationName(m) === 'IdempotencyKeys1764200000000')).toEqual([mine]);
  });

  it('refuses two own steps of one name and a name without its timestamp', () => {
    expect(() =>
      agencyMigrations('mk_x_app', {
        own: [own('Initial1764000000000'), own('Initial1764000000000')],
        employerWork: false,
      }),
    ).toThrow(/same name/);
    expect(() => agencyMigrations('mk_x_app', { own: [own('Initial')], employerWork: false })).toThrow(/timestamp/);
  });
});
