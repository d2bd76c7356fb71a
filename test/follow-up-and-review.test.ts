/**
 * Two small parts of the API the web app's pages use: recording that a
 * booked follow-up meeting was held (AF, RECORD_PROGRAMME), and the request
 * id on each entry of an agency's log review, the same id the gateway gave
 * the request (x-request-id) and every log line of it carries.
 */
import { addDays, now, today } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { systemForFile } from './support/harness';

jest.setTimeout(120_000);

const sys = systemForFile();

const PROGRAMME = `query P($id: ID!) { participant(id: $id) { programme { followUps { id scheduledAt heldAt agenda } nextFollowUp { id } } } }`;
const HELD = `mutation H($id: ID!, $at: DateTime!) { recordFollowUpHeld(id: $id, heldAt: $at) { id participantId heldAt agenda } }`;

describe('recording a follow-up meeting as held', () => {
  it('records it once: the next meeting moves on, a second recording is a CONFLICT that says when', async () => {
    const booked = await sys.query(
      'af-t01',
      `mutation B($input: FollowUpInput!) { scheduleFollowUp(input: $input) { id } }`,
      {
        input: {
          participantId: SHOWCASE.consenting,
          scheduledAt: `${addDays(today(), 1)}T08:00:00.000Z`,
          agenda: 'Avstämning',
        },
      },
    );
    expect(booked.errors).toBeUndefined();
    const before = (await sys.query('af-t01', PROGRAMME, { id: SHOWCASE.consenting })).data.participant.programme;
    expect(before.nextFollowUp.id).toBe(booked.data.scheduleFollowUp.id);

    const at = now().toISOString();
    const res = await sys.query('af-t01', HELD, { id: booked.data.scheduleFollowUp.id, at });
    expect(res.errors).toBeUndefined();
    expect(res.data.recordFollowUpHeld).toMatchObject({
      id: booked.data.scheduleFollowUp.id,
      participantId: SHOWCASE.consenting,
      agenda: 'Avstämning',
    });
    expect(new Date(res.data.recordFollowUpHeld.heldAt).getTime()).toBe(new Date(at).getTime());
    const after = (await sys.query('af-t01', PROGRAMME, { id: SHOWCASE.consenting })).data.participant.programme;
    expect(after.nextFollowUp?.id).not.toBe(booked.data.scheduleFollowUp.id);

    const again = await sys.query('af-t01', HELD, { id: booked.data.scheduleFollowUp.id, at });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', heldAt: expect.any(String) });
  });

  it('is for AF staff who work with the person: others and unknown ids get NOT_AVAILABLE', async () => {
    const meeting = (
      await sys.query('af-t01', PROGRAMME, { id: SHOWCASE.noConsent })
    ).data.participant.programme.followUps.find((f: any) => !f.heldAt);
    for (const who of ['af-other', 'soc-t01', 'participant', 'auditor-af']) {
      const res = await sys.query(who, HELD, { id: meeting.id, at: now().toISOString() });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
    }
    const unknown = await sys.query('af-t01', HELD, {
      id: '00000000-0000-4000-8000-000000000000',
      at: now().toISOString(),
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
    const still = (
      await sys.query('af-t01', PROGRAMME, { id: SHOWCASE.noConsent })
    ).data.participant.programme.followUps.find((f: any) => f.id === meeting.id);
    expect(still.heldAt).toBeNull();
  });
});

describe('the log review', () => {
  it('gives each entry the request id the gateway gave the request', async () => {
    const look = await sys.query('af-other', `query P($id: ID!) { participant(id: $id) { programme { status } } }`, {
      id: SHOWCASE.consenting,
    });
    const requestId = look.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    const from = new Date(now().getTime() - 3_600_000).toISOString();
    const to = new Date(now().getTime() + 60_000).toISOString();
    const res = await sys.query(
      'auditor-af',
      `query R($from: DateTime!, $to: DateTime!) { afAuditReview(from: $from, to: $to) { outsideTeam { officerId requestId } } }`,
      {
        from,
        to,
      },
    );
    expect(res.errors).toBeUndefined();
    const entries = res.data.afAuditReview.outsideTeam.filter((e: any) => e.requestId === requestId);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e: any) => e.officerId === 'af-1003')).toBe(true);
  });

  it("leaves it out of a person's composed extract", async () => {
    const res = await sys.query(
      'participant',
      `query X($id: ID!) { participant(id: $id) { accessLogExtract { entries { requestId } } } }`,
      { id: SHOWCASE.consenting },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.participant.accessLogExtract.entries.every((e: any) => e.requestId === null)).toBe(true);
  });
});
