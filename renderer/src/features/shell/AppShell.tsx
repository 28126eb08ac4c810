import { useEffect, useMemo, useRef, useState } from 'react';
import { LibraryScreen } from '../library/LibraryScreen';
import { ReaderScreen } from '../reader/ReaderScreen';
import { SearchScreen } from '../search/SearchScreen';
import { ComingSoonScreen } from './ComingSoonScreen';
import { NavigationContext, type Navigation, type ReaderTarget } from './navigation';
import { screens, type ScreenId } from './screens';
import { StatusBar } from './StatusBar';

export function AppShell() {
  const [screenId, setScreenId] = useState<ScreenId>('library');
  const [readerTarget, setReaderTarget] = useState<ReaderTarget | undefined>();
  const searchInput = useRef<HTMLInputElement>(null);
  const screen = screens.find((candidate) => candidate.id === screenId) ?? screens[0];

  const navigation = useMemo<Navigation>(
    () => ({
      screen: screenId,
      readerTarget,
      goTo: setScreenId,
      openInReader(target) {
        setReaderTarget(target);
        setScreenId('reader');
      },
    }),
    [screenId, readerTarget],
  );

  // Ctrl+K (Cmd+K on a Mac) searches from anywhere.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setScreenId('search');
        requestAnimationFrame(() => searchInput.current?.focus());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <NavigationContext.Provider value={navigation}>
      <div className="app-shell">
        <nav className="app-nav" aria-label="Main">
          <div className="app-name">Briefing</div>
          <ul>
            {screens.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  aria-current={item.id === screenId ? 'page' : undefined}
                  onClick={() => setScreenId(item.id)}
                >
                  {item.title}
                  {item.id === 'search' && <kbd className="shortcut">Ctrl K</kbd>}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className="app-main">
          {screen.id === 'library' && <LibraryScreen />}
          {screen.id === 'search' && <SearchScreen inputRef={searchInput} />}
          {screen.id === 'reader' && (readerTarget ? (
              <ReaderScreen key={JSON.stringify(readerTarget)} target={readerTarget} />
            ) : <ComingSoonScreen screen={screen} />)}
          {screen.comingSoon && screen.id !== 'reader' && <ComingSoonScreen screen={screen} />}
        </main>
        <StatusBar />
      </div>
    </NavigationContext.Provider>
  );
}
