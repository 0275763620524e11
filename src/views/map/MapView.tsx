import { useSuspenseQuery } from "@tanstack/react-query";
import { SourceLine } from "../../charts/SourceLine";
import { placesQuery } from "../../data/queries";
import type { LocalizedName } from "../../data/schemas/common";
import { useLocale } from "../../lib/locale";
import { placeTally } from "./compute";

/** The map view: for now the sites and routes on record, from data/places.json. */
export function MapView() {
  const { data } = useSuspenseQuery(placesQuery());
  const { tn, lang } = useLocale();
  const { sites, routes } = placeTally(data);
  const nameOf = (n: LocalizedName) => n[lang as keyof LocalizedName] ?? n.en;
  return (
    <div className="summary">
      <p className="summary__headline">{tn("map.places", sites.length + routes.length)}</p>
      <ul className="summary__list summary__list--columns">
        {[...sites, ...routes].map((f) => (
          <li key={f.id}>{nameOf(f.properties.name)}</li>
        ))}
      </ul>
      <SourceLine ids={[...sites, ...routes].flatMap((f) => f.properties.sources)} />
    </div>
  );
}
