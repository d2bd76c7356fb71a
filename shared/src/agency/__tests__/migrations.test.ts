import { sqlMigration } from '../../db/data-source';
import { agencyMigrations, migrationName, textLengthInCharactersMigration } from '../migrations';

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

describe('the text-length migration', () => {
  const statements = async (
    m: InstanceType<ReturnType<typeof textLengthInCharactersMigration>>,
    dir: 'up' | 'down',
  ) => {
    const sql: string[] = [];
    await m[dir]({ query: async (s: string) => void sql.push(s) } as never);
    return sql;
  };

  it('keeps its name and widens the common columns, then the agency’s own', async () => {
    const M = textLengthInCharactersMigration([{ table: 'note', column: 'text', max: 50 }]);
    const m = new M();
    expect(migrationName(M)).toBe('TextLengthInCharacters1764800000000');
    expect(M.name).toBe('TextLengthInCharacters1764800000000');
    const up = await statements(m, 'up');
    expect(up.filter((s) => s.includes('ADD CONSTRAINT'))).toEqual([
      'ALTER TABLE intervention ADD CONSTRAINT intervention_title_check CHECK (length(title) BETWEEN 1 AND 2000)',
      'ALTER TABLE staff_register ADD CONSTRAINT staff_register_name_check CHECK (length(name) BETWEEN 1 AND 2000)',
      'ALTER TABLE note ADD CONSTRAINT note_text_check CHECK (length(text) BETWEEN 1 AND 500)',
    ]);
    expect((await statements(m, 'down')).filter((s) => s.includes('ADD CONSTRAINT'))[2]).toBe(
      'ALTER TABLE note ADD CONSTRAINT note_text_check CHECK (length(text) BETWEEN 1 AND 50)',
    );
  });
});
