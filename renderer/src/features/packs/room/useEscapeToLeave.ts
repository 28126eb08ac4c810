import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Escape leaves the room, unless something inside took it first (a field clearing, a list
 * closing: they call preventDefault) or a dialog is open over it (the dialog closes instead).
 */
export function useEscapeToLeave(leave: () => void): void {
  const latest = useRef(leave);
  useLayoutEffect(() => {
    latest.current = leave;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="alertdialog"]')) return;
      if (document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
