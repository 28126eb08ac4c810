import { describe, expect, it } from 'vitest';
import { createLatestValueSaver } from '../../renderer/src/features/packs/editing/latestValueSaver';

/** A save whose requests the test answers one by one. */
function controlledSave() {
  const requests: { value: string; resolve: () => void; reject: (error: Error) => void }[] = [];
  const save = (value: string) =>
    new Promise<string>((resolve, reject) => {
      requests.push({ value, resolve: () => resolve(`ok ${value}`), reject });
    });
  return { requests, save };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a value saved at every change', () => {
  it('sends the first change at once, keeps one request in flight and sends the newest of the changes made meanwhile', async () => {
    const { requests, save } = controlledSave();
    const saver = createLatestValueSaver(save);
    saver.change('a');
    expect(requests.map((request) => request.value)).toEqual(['a']);
    expect(saver.getState().status).toBe('saving');
    saver.change('ab');
    saver.change('abc');
    expect(requests).toHaveLength(1);
    requests[0].resolve();
    await settle();
    expect(requests.map((request) => request.value)).toEqual(['a', 'abc']);
    expect(saver.acknowledged()).toBe('a');
    expect(saver.getState().status).toBe('saving');
    requests[1].resolve();
    await settle();
    expect(saver.getState()).toEqual({ status: 'saved', error: null, acknowledgedCount: 2 });
    expect(saver.acknowledged()).toBe('abc');
  });

  it('keeps the text after a refusal, says why, and sends it again on Retry', async () => {
    const { requests, save } = controlledSave();
    const saver = createLatestValueSaver(save);
    saver.change('draft');
    requests[0].reject(new Error('The library is busy; try again.'));
    await settle();
    expect(saver.getState()).toMatchObject({ status: 'failed', error: 'The library is busy; try again.' });
    saver.retry();
    expect(requests.map((request) => request.value)).toEqual(['draft', 'draft']);
    requests[1].resolve();
    await settle();
    expect(saver.getState().status).toBe('saved');
    expect(saver.acknowledged()).toBe('draft');
  });

  it('flush waits for the request in flight and for the change left behind it', async () => {
    const { requests, save } = controlledSave();
    const confirmed: string[] = [];
    const saver = createLatestValueSaver(save, { onSaved: (_value, reply) => confirmed.push(reply) });
    saver.change('one');
    saver.change('two');
    let flushed = false;
    const flushing = saver.flush().then(() => {
      flushed = true;
    });
    requests[0].resolve();
    await settle();
    expect(flushed).toBe(false);
    requests[1].resolve();
    await flushing;
    expect(confirmed).toEqual(['ok one', 'ok two']);
  });

  it('with a schedule, waits for it before sending, and a flush sends without waiting', async () => {
    const { requests, save } = controlledSave();
    const scheduled: (() => void)[] = [];
    const saver = createLatestValueSaver(save, { schedule: (run) => scheduled.push(run) });
    saver.change('x');
    saver.change('xy');
    expect(requests).toHaveLength(0);
    expect(scheduled).toHaveLength(1);
    expect(saver.getState().status).toBe('saving');
    void saver.flush();
    expect(requests.map((request) => request.value)).toEqual(['xy']);
    scheduled[0]();
    expect(requests).toHaveLength(1);
  });
});
