/** Formats a Money value (Decimal arrives as a JSON number or string). */
export function money(value: { amount: string | number; currency: string } | null | undefined): string {
  if (!value) return "";
  const amount = typeof value.amount === "number" ? value.amount : Number.parseFloat(value.amount);
  return new Intl.NumberFormat("en-US", { style: "currency", currency: value.currency }).format(amount);
}

export function date(value: string): string {
  return new Date(value).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });
}

/** The first typed error of a mutation payload as one line, or null. */
export function payloadError(errors: readonly { __typename: string; message?: string; code?: string }[] | null | undefined): string | null {
  const first = errors?.[0];
  return first ? (first.message ?? first.__typename) : null;
}
