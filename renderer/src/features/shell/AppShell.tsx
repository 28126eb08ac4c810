import { useCallback, useMemo, useRef, useState } from 'react';
import { commandDeclarations, type CommandId } from '../../../../electron/common/commands';
import { useSettings } from '../../app/useSettings';
import { commandIcons } from '../../commands/commandIcons';
import { CommandPalette } from '../../commands/CommandPalette';
import { useCommand, useRunCommand } from '../../commands/CommandRegistry';
import { ShortcutsDialog } from '../../commands/ShortcutsDialog';
import { formatShortcut } from '../../commands/shortcuts';
import { useT } from '../../i18n/useT';
import { LibraryScreen } from '../library/LibraryScreen';
import { PacksScreen } from '../packs/PacksScreen';
import { RoomView } from '../packs/room/RoomView';
import { PositionsScreen } from '../positions/PositionsScreen';
import { ReaderHome } from '../reader/ReaderHome';
import { ReaderScreen } from '../reader/ReaderScreen';
import { SearchScreen } from '../search/SearchScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { RevisionsScreen } from '../revisions/RevisionsScreen';
import { NavigationContext, roomPackIdOf, type ComparisonTarget, type Navigation, type ReaderTarget } from './navigation';
import { navigationScreens, type ScreenId } from './screens';
import { StatusBar } from './StatusBar';

/** The window: navigation rail, the current screen, the status bar, and the app-wide commands. */
export function AppShell() {
  const t = useT();
  const [screenId, setScreenId] = useState<ScreenId>('library');
  const [readerTarget, setReaderTarget] = useState<ReaderTarget | undefined>();
  const [comparisonTarget, setComparisonTarget] = useState<ComparisonTarget | undefined>();
  const [roomPackId, setRoomPackId] = useState(() => roomPackIdOf(window.location.search));
  const searchInput = useRef<HTMLInputElement>(null);
  const { update } = useSettings();

  const leaveRoom = useCallback(() => {
    setRoomPackId(undefined);
    // A room opened from its address (?room=12) is not opened again by a reload once left.
    if (window.location.search) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.hash);
  }, []);
  const navigation = useMemo<Navigation>(
    () => ({
      screen: screenId,
      readerTarget,
      comparisonTarget,
      roomPackId,
      goTo(screen) {
        leaveRoom();
        setScreenId(screen);
      },
      openInReader(target) {
        leaveRoom();
        setReaderTarget(target);
        setScreenId('reader');
      },
      openComparison(target) {
        leaveRoom();
        setComparisonTarget(target);
        setScreenId('revisions');
      },
      openRoom: setRoomPackId,
      closeRoom: leaveRoom,
    }),
    [screenId, readerTarget, comparisonTarget, roomPackId, leaveRoom],
  );

  useCommand('go.library', () => setScreenId('library'));
  useCommand('go.reader', () => setScreenId('reader'));
  useCommand('go.search', () => {
    setScreenId('search');
    requestAnimationFrame(() => searchInput.current?.focus());
  });
  useCommand('go.positions', () => setScreenId('positions'));
  useCommand('go.revisions', () => setScreenId('revisions'));
  useCommand('go.packs', () => setScreenId('packs'));
  useCommand('app.settings', () => setScreenId('settings'));
  useCommand('help.about', () => {
    setScreenId('settings');
    requestAnimationFrame(() => document.getElementById('about')?.scrollIntoView());
  });
  useCommand('view.themeLight', () => update({ theme: 'light' }));
  useCommand('view.themeDark', () => update({ theme: 'dark' }));
  useCommand('view.themeSystem', () => update({ theme: 'system' }));

  const runCommand = useRunCommand();
  const railItem = (id: ScreenId, command: CommandId, label: string) => {
    const Icon = commandIcons[command];
    const declaration = commandDeclarations.find((candidate) => candidate.id === command);
    const shortcut = declaration && 'shortcut' in declaration ? formatShortcut(declaration.shortcut) : undefined;
    return (
      <li key={id}>
        <button
          type="button"
          className="rail-item"
          aria-current={id === screenId ? 'page' : undefined}
          title={shortcut ? `${label} (${shortcut})` : label}
          onClick={() => runCommand(command)}
        >
          <Icon aria-hidden size={20} strokeWidth={1.75} />
          <span>{label}</span>
        </button>
      </li>
    );
  };

  if (roomPackId !== undefined) {
    // The room takes the whole window: no rail, no status bar, nothing else to tab through.
    return (
      <NavigationContext.Provider value={navigation}>
        <RoomView key={roomPackId} packId={roomPackId} onExit={leaveRoom} />
        <CommandPalette />
        <ShortcutsDialog />
      </NavigationContext.Provider>
    );
  }
  return (
    <NavigationContext.Provider value={navigation}>
      <div className="app-shell">
        <nav className="app-rail" aria-label={t('nav.label')}>
          <div className="app-name" aria-hidden>
            B
          </div>
          <ul>{navigationScreens.map((item) => railItem(item.id, item.command, t(`nav.${item.id}`)))}</ul>
          <ul className="rail-end">{railItem('settings', 'app.settings', t('nav.settings'))}</ul>
        </nav>
        <main className="app-main">
          {screenId === 'library' && <LibraryScreen />}
          {screenId === 'search' && <SearchScreen inputRef={searchInput} />}
          {screenId === 'reader' &&
            (readerTarget ? <ReaderScreen key={JSON.stringify(readerTarget)} target={readerTarget} /> : <ReaderHome />)}
          {screenId === 'positions' && <PositionsScreen />}
          {screenId === 'revisions' && <RevisionsScreen key={comparisonTarget ? `${comparisonTarget.olderDocumentId}-${comparisonTarget.newerDocumentId}` : 'chosen'} />}
          {screenId === 'packs' && <PacksScreen />}
          {screenId === 'settings' && <SettingsScreen />}
        </main>
        <StatusBar />
        <CommandPalette />
        <ShortcutsDialog />
      </div>
    </NavigationContext.Provider>
  );
}
