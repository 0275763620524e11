import { useLocale } from "../../lib/locale";
import { embedNameFrom } from "../embedName";
import { EmbedIndex, SITE_ROOT } from "./EmbedPage";

/** 404.html: static hosts serve it for any missing path, including an unknown /embed/<name>. */
export function NotFoundPage() {
  const { t } = useLocale();
  const embedName = embedNameFrom(window.location.pathname, SITE_ROOT);
  if (embedName !== null) return <EmbedIndex requested={embedName || null} />;
  return (
    <main className="page page--message">
      <h1>{t("notfound.title")}</h1>
      <p>{t("notfound.body", { path: window.location.pathname.slice(0, 80) })}</p>
      <p>
        <a href={SITE_ROOT}>{t("notfound.home")}</a>
      </p>
    </main>
  );
}
