import { AdmissionRefused, LargeRequestAdmission } from '../admission';

const settings = { largeAbove: 50, capacity: 2000, perCaller: 1000, queuePerCaller: 2, maxWaitMs: 2000 };

describe('large entity requests take turns', () => {
  it('lets small requests be and counts large ones by their representations', () => {
    const a = new LargeRequestAdmission(settings);
    expect([a.isLarge(1), a.isLarge(50), a.isLarge(51), a.isLarge(1000)]).toEqual([false, false, true, true]);
  });

  it('runs one caller’s share at a time, queues the rest, refuses beyond the queue at once', async () => {
    const a = new LargeRequestAdmission(settings);
    const first = await a.enter('A', 1000);
    const order: string[] = [];
    const second = a.enter('A', 1000).then((leave) => (order.push('A2'), leave));
    const third = a.enter('A', 600).then((leave) => (order.push('A3'), leave));
    await expect(a.enter('A', 100)).rejects.toMatchObject({ reason: 'queue full' });
    expect(a.load).toEqual({ inProgress: 1000, waiting: 2 });
    // Another caller is not held up by A's line.
    const other = await a.enter('B', 1000);
    expect(a.load).toEqual({ inProgress: 2000, waiting: 2 });
    first();
    (await second)();
    (await third)();
    other();
    expect(order).toEqual(['A2', 'A3']);
    expect(a.load).toEqual({ inProgress: 0, waiting: 0 });
  });

  it('serves waiting callers round robin, so a caller with many in line cannot keep another out', async () => {
    const a = new LargeRequestAdmission({ ...settings, capacity: 1000, queuePerCaller: 10 });
    const running = await a.enter('X', 1000);
    const order: string[] = [];
    // Each turn is ended soon after it is given; the next goes to the other caller if one waits.
    const enter = (caller: string) => a.enter(caller, 1000).then((leave) => (order.push(caller), setImmediate(leave)));
    const line = [...Array.from({ length: 4 }, () => enter('A')), ...Array.from({ length: 2 }, () => enter('B'))];
    running();
    await Promise.all(line);
    expect(order).toEqual(['A', 'B', 'A', 'B', 'A', 'A']);
  });

  it('refuses a request that waited longer than maxWaitMs, and gives its place up', async () => {
    jest.useFakeTimers();
    try {
      const a = new LargeRequestAdmission({ ...settings, maxWaitMs: 1000 });
      const leave = await a.enter('A', 1000);
      const waiting = a.enter('A', 500);
      jest.advanceTimersByTime(1001);
      await expect(waiting).rejects.toBeInstanceOf(AdmissionRefused);
      await expect(waiting).rejects.toMatchObject({ reason: 'waited too long', retryAfterSeconds: 1 });
      expect(a.load).toEqual({ inProgress: 1000, waiting: 0 });
      leave();
      expect(a.load).toEqual({ inProgress: 0, waiting: 0 });
    } finally {
      jest.useRealTimers();
    }
  });
});
