import type { AnnotationKind } from '../../../electron/common/model';
import { IconButton } from '../components/IconButton';
import { useT } from '../i18n/useT';
import { markKindIcons } from './markKinds';

/**
 * One button per kind of mark that can be made from a text selection. The host may give
 * each its keyboard shortcut, shown in the tooltip.
 */
export function MarkButtons({
  kinds,
  disabled,
  shortcuts = {},
  onMark,
}: {
  kinds: AnnotationKind[];
  disabled?: boolean;
  shortcuts?: Partial<Record<AnnotationKind, string>>;
  onMark: (kind: AnnotationKind) => void;
}) {
  const t = useT();
  return kinds.map((kind) => (
    <IconButton
      key={kind}
      icon={markKindIcons[kind]}
      label={t('annotations.kind', { kind })}
      shortcut={shortcuts[kind]}
      isDisabled={disabled}
      onPress={() => onMark(kind)}
    />
  ));
}
