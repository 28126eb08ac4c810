import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useEffect, useLayoutEffect, useState } from 'react';
import type { RichText } from '../../../../../electron/common/richText';
import { createLatestValueSaver, type LatestValueSaver, type SaverOptions } from './latestValueSaver';
import { toRichText } from './richTextExtensions';

/** At most this long in idle's wait: on a page never idle (a long paste, a busy machine) saves still go out. */
const idleWaitMs = 250;

/**
 * Runs `run` once the browser has painted the next frame and has a moment with nothing else to
 * do (requestIdleCallback): a keystroke's letter is on screen, and the next keystroke handled,
 * before the save it caused does any work. A hidden page paints no frames, so there it runs on
 * the next turn of the event loop.
 */
export function afterNextPaint(run: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') setTimeout(run, 0);
  else if (typeof requestIdleCallback !== 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else requestAnimationFrame(() => requestIdleCallback(run, { timeout: idleWaitMs }));
}

/**
 * A value saved at every change without a Save button (see latestValueSaver.ts): one saver for
 * the component's life, whose newest change is sent when the page hides and when the component
 * unmounts (closing a dialog, leaving a screen; the request outlives the component). `save`
 * rejects with the host's error; `onSaved` gets what the host answered. Both may change at
 * every render: the newest are called.
 */
export function useAutosave<T, R>(save: (value: T) => Promise<R>, onSaved?: (value: T, reply: R) => void, schedule?: SaverOptions<T, R>['schedule']): LatestValueSaver<T, R> {
  // The saver is made once; it calls the newest `save` and `onSaved` (given again after each render).
  const [saver] = useState(() => createLatestValueSaver<T, R>(save, { onSaved, schedule }));
  useLayoutEffect(() => saver.setHandlers(save, onSaved));
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onPageHide = () => void saver.flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void saver.flush();
    };
  }, [saver]);
  return saver;
}

/**
 * A rich text field saved at every change, the typing never waiting: the editor hands over its
 * document, which ProseMirror never mutates, so keeping it costs nothing; it is read as the
 * contract's JSON only when a request goes out, after the keystroke's frame is painted.
 */
export function useRichTextAutosave<R>(save: (doc: RichText) => Promise<R>, onSaved?: (doc: RichText, reply: R) => void): LatestValueSaver<ProseMirrorNode, R> {
  const [sent] = useState(() => new WeakMap<ProseMirrorNode, RichText>());
  const read = (doc: ProseMirrorNode) => {
    const rich = sent.get(doc) ?? toRichText(doc.toJSON());
    sent.set(doc, rich);
    return rich;
  };
  return useAutosave<ProseMirrorNode, R>((doc) => save(read(doc)), (doc, reply) => onSaved?.(read(doc), reply), afterNextPaint);
}
