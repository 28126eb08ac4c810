import { describe, expect, it } from 'vitest';
import { commandDeclarations } from '../../electron/common/commands';
import { formatShortcut, isTextEditingShortcut, matchesShortcut, parseShortcut } from '../../renderer/src/commands/shortcuts';

const key = (init: Partial<KeyboardEvent>) => ({ key: '', code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...init });

describe('shortcuts', () => {
  it('match Ctrl on Windows and Linux, Cmd on a Mac', () => {
    const palette = parseShortcut('CmdOrCtrl+Shift+P');
    expect(matchesShortcut(key({ key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true }), palette, false)).toBe(true);
    expect(matchesShortcut(key({ key: 'p', code: 'KeyP', metaKey: true, shiftKey: true }), palette, true)).toBe(true);
    expect(matchesShortcut(key({ key: 'p', code: 'KeyP', ctrlKey: true, shiftKey: true }), palette, true)).toBe(false);
    expect(matchesShortcut(key({ key: 'p', code: 'KeyP', ctrlKey: true }), palette, false)).toBe(false);
  });

  it('match letters by the physical key, so other layouts and Alt on a Mac work', () => {
    const highlight = parseShortcut('Alt+H');
    expect(matchesShortcut(key({ key: '˙', code: 'KeyH', altKey: true }), highlight, true)).toBe(true);
    const search = parseShortcut('CmdOrCtrl+K');
    expect(matchesShortcut(key({ key: 'л', code: 'KeyK', ctrlKey: true }), search, false)).toBe(true);
  });

  it('take Ctrl+= and Ctrl++ alike for zooming in', () => {
    const zoomIn = parseShortcut('CmdOrCtrl+=');
    expect(matchesShortcut(key({ key: '=', code: 'Equal', ctrlKey: true }), zoomIn, false)).toBe(true);
    expect(matchesShortcut(key({ key: '+', code: 'Equal', ctrlKey: true, shiftKey: true }), zoomIn, false)).toBe(true);
  });

  it('are written as each platform writes them', () => {
    expect(formatShortcut('CmdOrCtrl+Shift+P', false)).toBe('Ctrl+Shift+P');
    expect(formatShortcut('CmdOrCtrl+Shift+P', true)).toBe('⇧⌘P');
    expect(formatShortcut('Alt+H', false)).toBe('Alt+H');
  });

  it('leave a text field its editing keys', () => {
    expect(isTextEditingShortcut(parseShortcut('CmdOrCtrl+Z'))).toBe(true);
    expect(isTextEditingShortcut(parseShortcut('Alt+H'))).toBe(true);
    expect(isTextEditingShortcut(parseShortcut('CmdOrCtrl+K'))).toBe(false);
  });

  it('are never given to two commands', () => {
    const shortcuts = commandDeclarations.flatMap((command) => ('shortcut' in command ? [command.shortcut] : []));
    expect(shortcuts.length).toBe(new Set(shortcuts).size);
  });
});
