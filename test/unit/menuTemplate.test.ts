import { describe, expect, it } from 'vitest';
import { commandDeclarations, type CommandId } from '../../electron/common/commands';
import { menuTemplate } from '../../electron/main/menuTemplate';

type Item = { label?: string; role?: string; accelerator?: string; registerAccelerator?: boolean; click?: () => void; submenu?: Item[] };

describe('the native menu', () => {
  it('holds every command declared for a menu, with its shortcut shown but handled by the renderer', () => {
    const ran: CommandId[] = [];
    const template = menuTemplate({ language: 'en', isMac: false, isPackaged: true, runCommand: (id) => ran.push(id) }) as Item[];
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Go', 'Reader', 'Help']);
    const items = template.flatMap((menu) => menu.submenu ?? []).filter((item) => item.click);
    expect(items).toHaveLength(commandDeclarations.filter((command) => command.menu).length);
    const palette = items.find((item) => item.label === 'Command palette…')!;
    expect(palette).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+P', registerAccelerator: false });
    palette.click!();
    expect(ran).toEqual(['app.commandPalette']);
    // Packaged: no developer tools; the system's own editing roles stay in Edit.
    expect(JSON.stringify(template)).not.toContain('toggleDevTools');
    expect(template[1].submenu!.map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    // Only the system's text-editing keys are registered; Ctrl+= and Ctrl+- reach the reader.
    const registered = template.flatMap((menu) => menu.submenu ?? []).filter((item) => item.role && item.registerAccelerator !== false);
    expect(registered.map((item) => item.role)).toEqual(['quit', 'cut', 'copy', 'paste', 'selectAll', 'togglefullscreen']);
  });

  it('speaks the interface language, and has the application menu first on a Mac', () => {
    const template = menuTemplate({ language: 'fr', isMac: true, isPackaged: false, runCommand: () => undefined }) as Item[];
    expect(template[0].role).toBe('appMenu');
    expect(template.slice(1).map((menu) => menu.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aller à', 'Lecteur', 'Aide']);
    expect(template[1].submenu!.some((item) => item.role === 'quit')).toBe(false);
    expect(template[1].submenu![0].label).toBe('Importer des fichiers…');
  });
});
