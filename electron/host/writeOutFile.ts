import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../common/errors';
import { cliText } from './cliText';

/**
 * Writes an export where the command line asked (`--out`), as a whole file. Errors:
 * invalid-argument naming the folder that does not exist, or the file that cannot be written
 * (no permission, a folder of that name), instead of Node's own message.
 */
export function writeOutFile(target: string, data: Uint8Array): void {
  try {
    fs.writeFileSync(target, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('invalid-argument', cliText('cli.out.noFolder', { folder: path.dirname(target) }));
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'EROFS') throw new AppError('invalid-argument', cliText('cli.out.cannotWrite', { file: target }));
    throw error;
  }
}
