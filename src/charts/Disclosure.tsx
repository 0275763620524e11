import { useId, useState, type ReactNode } from "react";
import { Heading } from "./Heading";
import "./charts.css";

interface Props {
  /** The part's heading, shown whether it is open or not. */
  title: string;
  /** What the part holds, in one line under its heading: the reader knows what a tap opens. */
  teaser?: string;
  /** Opens the part (a link to something inside it); the reader can close it again. */
  openWhen?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A secondary part of a view, closed until the reader opens it: its heading and a line on what it holds
 * stay in view. A native `<details>`, so it opens by keyboard, before any script runs, and by the
 * browser's find in page.
 */
export function Disclosure({ title, teaser, openWhen = false, className, children }: Props) {
  const headingId = useId();
  const [open, setOpen] = useState(openWhen);
  // A link to something inside opens the part, once: the reader may close it again.
  const [wasOpenWhen, setWasOpenWhen] = useState(openWhen);
  if (openWhen !== wasOpenWhen) {
    setWasOpenWhen(openWhen);
    if (openWhen) setOpen(true);
  }
  return (
    <section className={`disclosure${className ? ` ${className}` : ""}`} aria-labelledby={headingId}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="disclosure__summary">
          <Heading depth={1} id={headingId} className="disclosure__title">
            {title}
          </Heading>
          {teaser && <span className="disclosure__teaser">{teaser}</span>}
        </summary>
        <div className="disclosure__body">{children}</div>
      </details>
    </section>
  );
}
