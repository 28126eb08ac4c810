import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const defaultState: WindowState = {
  bounds: { x: 0, y: 0, width: 1280, height: 820 },
  maximized: false,
};

/** The last size and position, if they still fit on one of the current displays. */
export function loadWindowState(file: string, displays: Rectangle[]): WindowState {
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as WindowState;
    const { x, y, width, height } = saved.bounds;
    const valid = [x, y, width, height].every(Number.isFinite) && width >= 400 && height >= 300;
    if (valid && displays.some((display) => overlaps(saved.bounds, display))) return saved;
  } catch {
    // No saved state yet, or a damaged file: start from the default.
  }
  return defaultState;
}

export function trackWindowState(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const state: WindowState = {
      bounds: window.isMaximized() ? window.getNormalBounds() : window.getBounds(),
      maximized: window.isMaximized(),
    };
    const temporary = `${file}.partial`;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, JSON.stringify(state));
    fs.renameSync(temporary, file);
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
}

function overlaps(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
}
