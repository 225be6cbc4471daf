import { qrSymbol } from "@/lib/qr";

/**
 * A QR code drawn at build time as inline SVG. It stays dark on light in every display
 * mode (scanners read inverted codes badly), and carries its own name for screen readers.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = qrSymbol(text);
  return (
    <svg
      // Scanners need dark modules on a light ground: kept so in forced colours too.
      className="size-[10rem] flex-none forced-color-adjust-none"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
