/**
 * The files in a drop, folders walked to any depth. Browsers hand folders over as entries
 * that must be read batch by batch.
 */
export async function filesFromDrop(dataTransfer: DataTransfer): Promise<File[]> {
  const entries = Array.from(dataTransfer.items)
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => Boolean(entry));
  if (entries.length === 0) return Array.from(dataTransfer.files);
  const files: File[] = [];
  for (const entry of entries) await collect(entry, files, true);
  return files;
}

/** Files dropped one by one are all kept (the user hears why one is refused); inside
 * folders, only the kinds Briefing reads. */
async function collect(entry: FileSystemEntry, files: File[], droppedItself: boolean): Promise<void> {
  if (entry.name.startsWith('.')) return;
  if (entry.isFile) {
    if (!droppedItself && !importable.test(entry.name)) return;
    files.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return;
    for (const child of batch) await collect(child, files, false);
  }
}

const importable = /\.(pdf|docx|txt|md|markdown)$/iu;

/** Files inside dropped folders that Briefing does not read are left out, as on disk. */
export function importableFiles(files: File[]): { files: File[]; skipped: number } {
  const kept = files.filter((file) => importable.test(file.name) || !file.webkitRelativePath.includes('/'));
  return { files: kept, skipped: files.length - kept.length };
}
