/** The × that closes a panel beside the map (a place's details, the list to choose a place from), named by `label`. */
export function CloseButton({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <button type="button" className="map-details__close" onClick={onClose} aria-label={label} title={label}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
