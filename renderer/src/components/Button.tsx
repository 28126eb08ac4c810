import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

export interface ButtonProps extends AriaButtonProps {
  /** One primary action per screen; secondary for the rest; quiet in dense toolbars and lists. */
  variant?: ButtonVariant;
}

/** The one button of the interface (React Aria: keyboard, press and focus states as data attributes). */
export function Button({ variant = 'secondary', className, ...props }: ButtonProps) {
  return <AriaButton {...props} className={`button button-${variant}${typeof className === 'string' ? ` ${className}` : ''}`} />;
}
