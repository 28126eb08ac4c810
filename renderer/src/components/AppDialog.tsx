import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { IconButton } from './IconButton';

/** A modal dialog with a title and a close button; Escape and a click outside close it too. */
export function AppDialog({
  title,
  closeLabel,
  isOpen,
  onClose,
  children,
  className,
}: {
  title: string;
  closeLabel: string;
  isOpen: boolean;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className={`modal${className ? ` ${className}` : ''}`}>
        <Dialog className="dialog">
          <header className="dialog-header">
            <Heading slot="title" className="dialog-title">
              {title}
            </Heading>
            <IconButton icon={X} label={closeLabel} onPress={onClose} />
          </header>
          {/* Focusable so that a keyboard user can scroll a long body (WCAG 2.1.1). */}
          <div className="dialog-body" tabIndex={0}>
            {children}
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
