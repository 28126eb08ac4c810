import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { commandDeclarations, type CommandDeclaration, type CommandId } from '../../../electron/common/commands';
import { isTextEditingShortcut, matchesShortcut, parseShortcut } from './shortcuts';

/** What a command does where it is mounted; `enabled` false greys it out in the palette and ignores its shortcut. */
export interface CommandHandler {
  run: () => void;
  enabled?: boolean;
}

export interface Command extends CommandDeclaration {
  id: CommandId;
  enabled: boolean;
  run: () => void;
}

interface Registry {
  commands: Command[];
  register(id: CommandId, handler: CommandHandler): () => void;
  run(id: CommandId): void;
}

const RegistryContext = createContext<Registry | undefined>(undefined);

/**
 * The one registry of user actions. Declarations (id, title, shortcut) come from
 * electron/common/commands.ts; a screen attaches what a command does while it is shown
 * (useCommand). Shortcuts are handled here, once, for every command; the native menu and the
 * palette call `run`. A command with no handler mounted is disabled.
 */
export function CommandRegistryProvider({ children }: { children: ReactNode }) {
  const handlers = useRef(new Map<CommandId, CommandHandler[]>());
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((value) => value + 1), []);

  const register = useCallback(
    (id: CommandId, handler: CommandHandler) => {
      const list = handlers.current.get(id) ?? [];
      handlers.current.set(id, [...list, handler]);
      bump();
      return () => {
        handlers.current.set(id, (handlers.current.get(id) ?? []).filter((entry) => entry !== handler));
        bump();
      };
    },
    [bump],
  );

  // The most recently mounted handler wins (a dialog's over the screen's beneath it).
  const current = useCallback((id: CommandId) => handlers.current.get(id)?.at(-1), []);
  const run = useCallback(
    (id: CommandId) => {
      const handler = current(id);
      if (handler && handler.enabled !== false) handler.run();
    },
    [current],
  );

  const commands = useMemo<Command[]>(
    () =>
      commandDeclarations.map((declaration) => {
        const handler = current(declaration.id);
        return { ...declaration, enabled: handler !== undefined && handler.enabled !== false, run: () => run(declaration.id) };
      }),
    // `version` changes whenever a handler comes or goes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version, current, run],
  );

  useShortcutKeys(current);
  useNativeMenuCommands(run);

  const registry = useMemo(() => ({ commands, register, run }), [commands, register, run]);
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

function useRegistry(): Registry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('Commands are used outside the command registry.');
  return registry;
}

/** Every command with its current state, for the palette, the menus and the shortcuts list. */
export function useCommands(): Registry['commands'] {
  return useRegistry().commands;
}

/** Runs a command by id (a toolbar button that is a command). */
export function useRunCommand(): Registry['run'] {
  return useRegistry().run;
}

/**
 * Attaches what a command does while the calling component is mounted. `run` may change on
 * every render; the latest one is called.
 */
export function useCommand(id: CommandId, run: () => void, enabled = true): void {
  const { register } = useRegistry();
  const latest = useRef(run);
  useLayoutEffect(() => {
    latest.current = run;
  });
  useEffect(() => register(id, { run: () => latest.current(), enabled }), [register, id, enabled]);
}

const parsedShortcuts = commandDeclarations.flatMap((declaration) =>
  'shortcut' in declaration && declaration.shortcut ? [{ id: declaration.id, shortcut: parseShortcut(declaration.shortcut) }] : [],
);

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** One keydown listener for every shortcut; in a text field the field keeps its own editing keys. */
function useShortcutKeys(current: (id: CommandId) => CommandHandler | undefined) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      for (const { id, shortcut } of parsedShortcuts) {
        if (!matchesShortcut(event, shortcut)) continue;
        if (isEditable(event.target) && isTextEditingShortcut(shortcut)) return;
        const handler = current(id);
        if (!handler || handler.enabled === false) return;
        event.preventDefault();
        handler.run();
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current]);
}

/** In Electron, a click in the native menu arrives as a command id over the preload bridge. */
function useNativeMenuCommands(run: (id: CommandId) => void) {
  useEffect(() => window.briefing?.onCommand?.((id) => run(id as CommandId)), [run]);
}
