import { useId, useRef, useState, type KeyboardEvent } from "react";

/**
 * A button that opens and closes a panel (the folded controls, the Options menu): its state, the ids that
 * tie the two, and Escape, which closes the panel from anywhere inside it and gives focus back to the
 * button. A select keeps its own Escape, which closes its list.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !open || e.target instanceof HTMLSelectElement) return;
    e.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };
  const buttonProps = {
    ref: buttonRef,
    type: "button",
    "aria-expanded": open,
    "aria-controls": panelId,
    onClick: () => setOpen((o) => !o),
  } as const;
  return { open, setOpen, panelId, buttonProps, onKeyDown };
}
