/**
 * Saves a value that changes at every keystroke without ever making the typing wait: the
 * newest value wins, one request is in flight at a time, and the changes made meanwhile are
 * sent together when it answers. No fixed debounce: the last keystrokes are sent as soon as the
 * request before them answers, so nothing is left unsent while the app is still open. (The
 * pattern of Google Docs' and Notion's outgoing queues; a debounce of N ms loses up to N ms of
 * typing at a crash.)
 */

export type SaveStatus = 'saved' | 'saving' | 'failed';

export interface SaverState {
  /** 'saved': the host has confirmed the newest value; 'saving': a change is waiting or in flight; 'failed': the last request was refused. */
  status: SaveStatus;
  /** Why the last request failed, for the person (the host's message). */
  error: string | null;
  /** How many values the host has confirmed so far (each coalesced request counts once). */
  acknowledgedCount: number;
}

export interface LatestValueSaver<T, R = unknown> {
  /** A new value to save: sent now when nothing is in flight, else with the next request. */
  change(value: T): void;
  /** Sends the newest value now if it is not yet sent (a blur, an unmount, the page hiding); resolves when the host has answered for it. */
  flush(): Promise<void>;
  /** Sends the newest value again after a failure. */
  retry(): void;
  /** The value the host last confirmed (undefined before the first confirmation). */
  acknowledged(): T | undefined;
  getState(): SaverState;
  /** Replaces what sends a value and what hears of its confirmation (a component's newest callbacks); requests already sent keep theirs. */
  setHandlers(save: (value: T) => Promise<R>, onSaved?: (value: T, reply: R) => void): void;
  /** Calls `listener` after each change of state; returns the unsubscription. */
  subscribe(listener: () => void): () => void;
}

export interface SaverOptions<T, R> {
  /** Called with each value the host confirmed, and what it answered. */
  onSaved?: (value: T, reply: R) => void;
  /**
   * When a change is sent while nothing is in flight: at once by default. The editor passes
   * "after the next frame is painted", so the request's own work (reading the document as JSON)
   * is never between a keystroke and its letter on screen. A flush never waits for it.
   */
  schedule?: (run: () => void) => void;
}

/** A saver around `save` (one call per request; it rejects with an Error whose message is shown). */
export function createLatestValueSaver<T, R = unknown>(save: (value: T) => Promise<R>, options: SaverOptions<T, R> = {}): LatestValueSaver<T, R> {
  let handlers = { save, onSaved: options.onSaved };
  const { schedule } = options;
  let state: SaverState = { status: 'saved', error: null, acknowledgedCount: 0 };
  let pending: { value: T } | null = null;
  let inFlight: Promise<void> | null = null;
  let acknowledged: T | undefined;
  let scheduled = false;
  const listeners = new Set<() => void>();
  const setState = (next: Partial<SaverState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  const send = (): Promise<void> => {
    if (inFlight) return inFlight;
    if (!pending) return Promise.resolve();
    const { value } = pending;
    pending = null;
    if (state.status !== 'saving') setState({ status: 'saving', error: null });
    const { onSaved } = handlers;
    inFlight = handlers.save(value).then(
      (reply) => {
        inFlight = null;
        acknowledged = value;
        onSaved?.(value, reply);
        if (pending) {
          setState({ acknowledgedCount: state.acknowledgedCount + 1 });
          return send();
        }
        setState({ status: 'saved', error: null, acknowledgedCount: state.acknowledgedCount + 1 });
        return undefined;
      },
      (error: unknown) => {
        inFlight = null;
        // The value is kept to be sent again (Retry, the next keystroke or a flush), never dropped.
        pending ??= { value };
        setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      },
    );
    return inFlight;
  };

  // The request in flight may leave a newer value behind it: wait for both; a failure ends the wait (the value stays, for Retry).
  const flush = async (): Promise<void> => {
    await send();
    if (inFlight || (pending && state.status !== 'failed')) return flush();
    return undefined;
  };

  return {
    change(value) {
      pending = { value };
      if (state.status !== 'saving') setState({ status: 'saving', error: null });
      if (!schedule) void send();
      else if (!scheduled && !inFlight) {
        scheduled = true;
        schedule(() => {
          scheduled = false;
          void send();
        });
      }
    },
    flush,
    setHandlers(nextSave, nextOnSaved) {
      handlers = { save: nextSave, onSaved: nextOnSaved };
    },
    retry() {
      void send();
    },
    acknowledged: () => acknowledged,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
