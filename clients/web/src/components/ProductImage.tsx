import { useState } from "react";

/** A product's picture, or its brand on a plain tile when it has none or the image does not load. */
export function ProductImage({ url, brand, alt, className }: { url: string | undefined; brand: string; alt: string; className?: string }) {
  const [failed, setFailed] = useState(false);
  if (!url || failed) return <div className={`placeholder ${className ?? ""}`}>{brand}</div>;
  return <img className={className} src={url} alt={alt} loading="lazy" onError={() => setFailed(true)} />;
}
