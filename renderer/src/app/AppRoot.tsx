import { CommandRegistryProvider } from '../commands/CommandRegistry';
import { RecoveryGate } from '../features/settings/RecoveryGate';
import { AppShell } from '../features/shell/AppShell';
import { LocaleProvider } from './LocaleProvider';
import { useThemeAttribute } from './useThemeAttribute';

/** Language, theme and commands around the window; the recovery screen instead when the library could not be opened. */
export function AppRoot() {
  useThemeAttribute();
  return (
    <LocaleProvider>
      <RecoveryGate>
        <CommandRegistryProvider>
          <AppShell />
        </CommandRegistryProvider>
      </RecoveryGate>
    </LocaleProvider>
  );
}
