import { useLocale } from "../../lib/locale";
import { languageQuery, pageAddress } from "../../lib/pageAddress";
import { useLocationPath } from "../../lib/useLocationPath";
import { embedNameFrom } from "../embedName";
import { EmbedIndex, SITE_ROOT } from "./EmbedPage";

/** 404.html: static hosts serve it for any missing path, including an unknown /embed/<name>. */
export function NotFoundPage() {
  const { t, lang } = useLocale();
  // Prerendered without an address: the general message, until the browser says which address is missing.
  const path = useLocationPath();
  const embedName = path === null ? null : embedNameFrom(path, SITE_ROOT);
  if (embedName !== null) return <EmbedIndex requested={embedName || null} />;
  return (
    <main className="page page--message">
      <h1>{t("notfound.title")}</h1>
      <p>{path === null ? t("notfound.bodyAnyPath") : t("notfound.body", { path: path.slice(0, 80) })}</p>
      <p>
        <a href={pageAddress(SITE_ROOT, "", languageQuery(lang))}>{t("notfound.home")}</a>
      </p>
    </main>
  );
}
