import { useState } from 'react';
import { LibraryScreen } from '../library/LibraryScreen';
import { ComingSoonScreen } from './ComingSoonScreen';
import { screens, type ScreenId } from './screens';
import { StatusBar } from './StatusBar';

export function AppShell() {
  const [current, setCurrent] = useState<ScreenId>('library');
  const screen = screens.find((candidate) => candidate.id === current) ?? screens[0];
  return (
    <div className="app-shell">
      <nav className="app-nav" aria-label="Main">
        <div className="app-name">Briefing</div>
        <ul>
          {screens.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                aria-current={item.id === current ? 'page' : undefined}
                onClick={() => setCurrent(item.id)}
              >
                {item.title}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main">
        {screen.id === 'library' ? <LibraryScreen /> : <ComingSoonScreen screen={screen} />}
      </main>
      <StatusBar />
    </div>
  );
}
