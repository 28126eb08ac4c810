/**
 * Shortcuts in Electron's accelerator syntax ("CmdOrCtrl+Shift+P",
 * https://www.electronjs.org/docs/latest/api/accelerator), matched against key events and
 * shown the way each platform writes them (Ctrl+Shift+P; ⇧⌘P on a Mac).
 */

export interface ParsedShortcut {
  /** Ctrl on Windows and Linux, Cmd on a Mac. */
  primary: boolean;
  /** Ctrl also on a Mac (only where the accelerator says Ctrl, not CmdOrCtrl). */
  control: boolean;
  shift: boolean;
  alt: boolean;
  /** The key: a letter or digit in upper case, or a character such as , / = - */
  key: string;
}

export function parseShortcut(accelerator: string): ParsedShortcut {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+=" splits into [..., '='], "CmdOrCtrl++" would end in ['', '']: keep the last.
  const key = parts.at(-1) === '' ? '+' : parts.at(-1)!;
  const modifiers = new Set(parts.slice(0, -1).map((part) => part.toLowerCase()));
  return {
    primary: modifiers.has('cmdorctrl') || modifiers.has('commandorcontrol'),
    control: modifiers.has('ctrl') || modifiers.has('control'),
    shift: modifiers.has('shift'),
    alt: modifiers.has('alt') || modifiers.has('option'),
    key: key.length === 1 ? key.toUpperCase() : key,
  };
}

export function isMacPlatform(platform: string = globalThis.navigator?.platform ?? ''): boolean {
  return /mac|iphone|ipad/iu.test(platform);
}

/**
 * The keys that also mean "the same key" on common layouts (Ctrl+= and Ctrl++ both zoom in),
 * and the arrows, which accelerators name Up and Down where key events say ArrowUp and ArrowDown.
 */
const sameKey: Record<string, string[]> = { '=': ['=', '+'], '-': ['-', '_'], Up: ['ArrowUp'], Down: ['ArrowDown'] };

/**
 * Whether a keydown is this shortcut. Letters and digits are matched by their physical key
 * (event.code), so a shortcut works on a Cyrillic or Arabic layout and with Alt on a Mac,
 * where event.key becomes another character.
 */
export function matchesShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, shortcut: ParsedShortcut, mac = isMacPlatform()): boolean {
  const primaryDown = mac ? event.metaKey : event.ctrlKey;
  const controlDown = mac ? event.ctrlKey : false;
  if (primaryDown !== shortcut.primary || controlDown !== shortcut.control || event.altKey !== shortcut.alt) return false;
  const { key } = shortcut;
  if (/^[A-Z]$/u.test(key)) return event.shiftKey === shortcut.shift && (event.code === `Key${key}` || event.key.toUpperCase() === key);
  if (/^[0-9]$/u.test(key)) return event.shiftKey === shortcut.shift && (event.code === `Digit${key}` || event.key === key);
  // Punctuation: some layouts need Shift to type it, so the character alone decides.
  return (sameKey[key] ?? [key]).includes(event.key);
}

/** The arrows as keyboards and menus print them. */
const arrowSigns: Record<string, string> = { Up: '↑', Down: '↓' };

/** "Ctrl+Shift+P" on Windows and Linux, "⇧⌘P" on a Mac (Apple's order: Control, Option, Shift, Command). */
export function formatShortcut(accelerator: string, mac = isMacPlatform()): string {
  const parsed = parseShortcut(accelerator);
  const shortcut = { ...parsed, key: arrowSigns[parsed.key] ?? parsed.key };
  if (mac) {
    return `${shortcut.control ? '⌃' : ''}${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${shortcut.primary ? '⌘' : ''}${shortcut.key}`;
  }
  return [shortcut.primary || shortcut.control ? 'Ctrl' : '', shortcut.alt ? 'Alt' : '', shortcut.shift ? 'Shift' : '', shortcut.key]
    .filter(Boolean)
    .join('+');
}

/** Keys a text field needs for itself: while typing, they edit the text, not the document. */
export function isTextEditingShortcut(shortcut: ParsedShortcut): boolean {
  if (!shortcut.primary && !shortcut.control) return true; // Alt+letter types characters on a Mac
  return !shortcut.alt && ['A', 'C', 'V', 'X', 'Z', 'Y'].includes(shortcut.key);
}
