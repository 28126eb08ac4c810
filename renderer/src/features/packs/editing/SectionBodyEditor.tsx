import type { PackSection } from '../../../../../electron/common/packs';
import { plainTextOf } from '../../../../../electron/common/richText';

/** A section's free text (its body). Read-only for now: the rich text editor replaces this. */
export function SectionBodyEditor({ section }: { section: PackSection }) {
  return section.body ? <div className="pack-rich-text">{plainTextOf(section.body)}</div> : null;
}
