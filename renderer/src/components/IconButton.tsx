import type { LucideIcon } from 'lucide-react';
import { Button, ToggleButton, Tooltip, TooltipTrigger } from 'react-aria-components';
import { formatShortcut } from '../commands/shortcuts';

export interface IconButtonProps {
  icon: LucideIcon;
  /** The accessible name and the tooltip. */
  label: string;
  /** An accelerator ("CmdOrCtrl+F"), shown in the tooltip. */
  shortcut?: string;
  /** Absent when a trigger (MenuTrigger, DialogTrigger) around the button presses it. */
  onPress?: () => void;
  isDisabled?: boolean;
  /** A tool that stays on (Highlight, Outline): a toggle button with aria-pressed. */
  isSelected?: boolean;
  /** Shows the label beside the icon as well (a toolbar's main actions). */
  showLabel?: boolean;
  className?: string;
}

/** An icon with its name in a tooltip (and for screen readers), as in Acrobat's and Word's toolbars. */
export function IconButton({ icon: Icon, label, shortcut, onPress, isDisabled, isSelected, showLabel, className }: IconButtonProps) {
  const content = (
    <>
      <Icon aria-hidden size={16} strokeWidth={1.75} />
      {showLabel && <span className="icon-button-label">{label}</span>}
    </>
  );
  const classes = `icon-button${showLabel ? ' icon-button-labelled' : ''}${className ? ` ${className}` : ''}`;
  return (
    <TooltipTrigger delay={500} closeDelay={0}>
      {isSelected === undefined ? (
        <Button className={classes} aria-label={showLabel ? undefined : label} onPress={onPress} isDisabled={isDisabled}>
          {content}
        </Button>
      ) : (
        <ToggleButton className={classes} aria-label={showLabel ? undefined : label} isSelected={isSelected} onChange={onPress} isDisabled={isDisabled}>
          {content}
        </ToggleButton>
      )}
      <Tooltip className="tooltip" offset={6}>
        {label}
        {shortcut && <kbd className="tooltip-shortcut">{formatShortcut(shortcut)}</kbd>}
      </Tooltip>
    </TooltipTrigger>
  );
}
