import { useEffect } from 'react';
import { useSettings } from './useSettings';

/**
 * Puts the chosen theme on <html data-theme>. 'system' removes it, so the stylesheet follows
 * prefers-color-scheme; the operating system's high-contrast mode (forced-colors) wins over
 * both (see styles/tokens.css).
 */
export function useThemeAttribute(): void {
  const { settings } = useSettings();
  useEffect(() => {
    const root = document.documentElement;
    if (settings.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
  }, [settings.theme]);
}
