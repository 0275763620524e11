import { Fragment } from "react";
import { useLocale } from "../../../lib/locale";
import { QrCode } from "./QrCode";

/** The code that opens step `n` live, with its address printed beside it for readers without a camera. */
export function StepQr({ n, url }: { n: number; url: string }) {
  const { t } = useLocale();
  return (
    <figure className="handout-qr">
      {/* The address is known once the page runs (without SITE_URL, it is this page's own): the square holds its place. */}
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
