/**
 * The Library screen's side of files opened from the system (issue 14, item 19): the PDFs
 * waiting when it shows are imported, then those announced later, each once.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BriefingBridge } from '../../electron/common/bridge';
import { useOpenedFiles } from '../../renderer/src/features/import/useOpenedFiles';

/** A desktop bridge whose main process holds `waiting` and can announce more. */
function fakeBridge(waiting: string[]) {
  let inbox = [...waiting];
  let announce: (() => void) | undefined;
  const bridge: Partial<BriefingBridge> = {
    takeOpenedFiles: async () => {
      const taken = inbox;
      inbox = [];
      return taken;
    },
    onFilesOpened: (listener) => {
      announce = listener;
      return () => (announce = undefined);
    },
  };
  window.briefing = bridge as BriefingBridge;
  return {
    open(paths: string[]) {
      inbox.push(...paths);
      announce?.();
    },
    subscribed: () => announce !== undefined,
  };
}

describe('useOpenedFiles', () => {
  afterEach(() => {
    delete window.briefing;
  });

  it('imports the files waiting when the screen shows, then each new opening, and stops listening when it goes', async () => {
    const system = fakeBridge(['/d/launched-with.pdf']);
    const onPaths = vi.fn<(paths: string[]) => void>();
    const { unmount } = renderHook(() => useOpenedFiles(onPaths));
    await waitFor(() => expect(onPaths).toHaveBeenCalledWith(['/d/launched-with.pdf']));
    system.open(['/d/a.pdf', '/d/b.pdf']);
    await waitFor(() => expect(onPaths).toHaveBeenLastCalledWith(['/d/a.pdf', '/d/b.pdf']));
    expect(onPaths).toHaveBeenCalledTimes(2);
    unmount();
    expect(system.subscribed()).toBe(false);
  });

  it('does nothing in a browser, where there is no desktop bridge', () => {
    const onPaths = vi.fn<(paths: string[]) => void>();
    renderHook(() => useOpenedFiles(onPaths));
    expect(onPaths).not.toHaveBeenCalled();
  });
});
