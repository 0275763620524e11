import { Fragment, useDeferredValue } from "react";
import { useLocale } from "../../../lib/locale";
import { QrCode } from "./QrCode";
import { stepLink } from "./stepLink";
import { useLiveRoot } from "./useLiveRoot";

/** The code that opens step `n` live, with its address printed beside it for readers without a camera. */
export function StepQr({ n }: { n: number }) {
  const { t, lang } = useLocale();
  const root = useLiveRoot();
  // The address is known once the page runs (without SITE_URL, it is this page's own): until then the square holds
  // its place. Deferred, so that the codes, each some milliseconds of work, are drawn in the background one by one
  // after the page has hydrated, not all at once in the update that learns the address.
  const url = useDeferredValue(root ? stepLink(root, n, lang) : "");
  return (
    <figure className="handout-qr">
      {url ? <QrCode text={url} label={t("handout.qrLabel", { n, url })} /> : <span className="qr-code" aria-hidden="true" />}
      <figcaption>
        <span className="handout-qr__scan">{t("handout.scan")}</span>
        <span className="handout-qr__url">
          {/* A long address wraps after a slash or the query's start, never inside a word. */}
          {url.split(/(?<=[/?&])/).map((part, i) => (
            <Fragment key={i}>
              {i > 0 && <wbr />}
              {part}
            </Fragment>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
