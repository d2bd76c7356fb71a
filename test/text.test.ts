import { SHOWCASE } from '@malmokraften/dev';
import { startTestSystem, type TestSystem } from './support/harness';

/**
 * Text as a person writes it, through the gateway and straight to a
 * subgraph: a title of 200 characters is accepted however many UTF-16 code
 * units or code points they take (emoji, flags, skin tones), and stored as
 * sent; text that is not well-formed (a lone UTF-16 surrogate sent as a
 * JSON escape, bytes that are not UTF-8) is refused with BAD_USER_INPUT and
 * nothing is stored, where it used to be stored as U+FFFD without a word.
 */
let sys: TestSystem;

beforeAll(async () => {
  sys = await startTestSystem({ population: { ongoing: 10, discharged: 0 } });
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

const ADD = 'mutation ($i: AfInterventionInput!) { addAfIntervention(input: $i) { id title } }';
const input = (title: string) => ({
  participantId: SHOWCASE.consenting,
  type: 'WAGE_SUBSIDY',
  title,
  status: 'PLANNED',
  startDate: '2026-03-02',
});

async function titles(): Promise<string[]> {
  const plan = await sys.query(
    'af-t01',
    'query P($id: ID!) { participant(id: $id) { jointPlan { items { intervention { agency title } } } } }',
    { id: SHOWCASE.consenting },
  );
  return plan.data.participant.jointPlan.items
    .filter((i: { intervention: { agency: string } }) => i.intervention.agency === 'AF')
    .map((i: { intervention: { title: string } }) => i.intervention.title);
}

describe('a title of 200 characters', () => {
  it.each([
    ['emoji', '😀'],
    ['emoji with a skin tone (2 code points each)', '👍🏽'],
    ['flags', '🇸🇪'],
    ['families (7 code points each)', '👨‍👩‍👧‍👦'],
    ['letters with a combining accent', 'e\u0301'],
  ])('of %s is accepted and stored as sent', async (_what, character) => {
    const title = character.repeat(200);
    const added = await sys.query('af-t01', ADD, { i: input(title) });
    expect([added.status, added.errors]).toEqual([200, undefined]);
    expect(added.data.addAfIntervention.title).toBe(title);
    expect(await titles()).toContain(title);
  });

  it('of 201 characters is refused, counted as a person counts', async () => {
    const answer = await sys.query('af-t01', ADD, { i: input('😀'.repeat(201)) });
    expect(answer.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'title can be at most 200 characters; this has 201.'],
    ]);
  });
});

describe('text that is not well-formed', () => {
  it('a lone UTF-16 surrogate, as a JSON escape, is refused with BAD_USER_INPUT at the gateway and at the subgraph, and nothing is stored', async () => {
    const before = await titles();
    const body = `{"query":${JSON.stringify(ADD)},"variables":{"i":{"participantId":"${SHOWCASE.consenting}","type":"WAGE_SUBSIDY","title":"Praktik \\ud800","status":"PLANNED"}}}`;
    // What arrives: JSON.parse keeps the escape as a lone surrogate, not U+FFFD.
    expect((JSON.parse(body) as { variables: { i: { title: string } } }).variables.i.title).toBe('Praktik \ud800');
    const token = await sys.token('af-t01');
    for (const url of [sys.gatewayUrl, sys.subgraphs.AF.url]) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      const answer = (await res.json()) as {
        data?: unknown;
        errors: Array<{ message: string; extensions: { code: string } }>;
      };
      expect([url, res.status, answer.errors.map((e) => e.extensions.code)]).toEqual([url, 400, ['BAD_USER_INPUT']]);
      expect(answer.errors[0]!.message).toMatch(/^Text must be well-formed Unicode/);
    }
    // Sent by a JavaScript client, a lone surrogate becomes the same escape (JSON.stringify writes it so).
    const fromClient = await sys.query('af-t01', ADD, { i: input('Praktik \udc00') });
    expect(fromClient.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await titles()).toEqual(before);
  });

  it('bytes that are not UTF-8 are refused with BAD_USER_INPUT, not turned into U+FFFD', async () => {
    const before = await titles();
    const token = await sys.token('af-t01');
    const json = `{"query":${JSON.stringify(ADD)},"variables":{"i":{"participantId":"${SHOWCASE.consenting}","type":"WAGE_SUBSIDY","title":"Praktik X","status":"PLANNED"}}}`;
    // The title's X becomes ED A0 80: a surrogate written as if it were a character (WTF-8), which UTF-8 does not allow.
    const at = Buffer.from(json).indexOf('Praktik X') + 'Praktik '.length;
    const bytes = Buffer.concat([
      Buffer.from(json).subarray(0, at),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from(json).subarray(at + 1),
    ]);
    for (const url of [sys.gatewayUrl, sys.subgraphs.AF.url]) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: bytes,
      });
      const answer = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect([url, res.status, answer.errors]).toEqual([
        url,
        400,
        [{ message: 'The request body is not valid UTF-8 text.', extensions: { code: 'BAD_USER_INPUT' } }],
      ]);
    }
    expect(await titles()).toEqual(before);
    expect((await titles()).some((t) => t.includes('\ufffd'))).toBe(false);
  });
});
