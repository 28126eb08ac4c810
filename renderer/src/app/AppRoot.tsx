import { CommandRegistryProvider } from '../commands/CommandRegistry';
import { AppShell } from '../features/shell/AppShell';
import { LocaleProvider } from './LocaleProvider';
import { useThemeAttribute } from './useThemeAttribute';

/** Language, theme and commands around the window. */
export function AppRoot() {
  useThemeAttribute();
  return (
    <LocaleProvider>
      <CommandRegistryProvider>
        <AppShell />
      </CommandRegistryProvider>
    </LocaleProvider>
  );
}
