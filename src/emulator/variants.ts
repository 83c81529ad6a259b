/**
 * Behaviours of Excel that no Microsoft page states. For each, the host models both ways Excel could behave, the
 * harder on the add-in by default, so the add-in is made to work under both; tests run under every value, and the
 * preview switches them (`window.preview.variants()`, `window.preview.setVariant(name, value)`).
 */
export interface HostVariants {
  /**
   * Text starting with an apostrophe written into a Text (`@`) cell. The Range.values reference says nothing of
   * the apostrophe: "kept" (default: it becomes part of the text, so a guard would show) or "prefix" (Excel takes
   * it as the quote prefix, as in a General cell).
   */
  apostropheInTextCell: "kept" | "prefix";
  /**
   * Text starting with `=`, `+`, `-` or `@` written into a Text (`@`) cell. The Range.values reference says "If the
   * returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
   * formula" and names no exception for a Text cell: "formula" (default: the text becomes a live formula) or
   * "text" (the cell's format keeps it the text it is, as it does for text typed into it).
   */
  signInTextCell: "formula" | "text";
  /**
   * A value written into a cell a merged area covers (not its top-left cell, the one that shows). Not documented
   * for the API: "refused" (default: the whole write fails with InvalidOperation) or "dropped" (the value is lost
   * without a word, which an add-in only notices by reading back).
   */
  valueUnderMerge: "refused" | "dropped";
}

export type VariantName = keyof HostVariants;

/** Every variant's values, the default (the harder on the add-in) first. */
export const VARIANT_VALUES: { readonly [K in VariantName]: readonly HostVariants[K][] } = {
  apostropheInTextCell: ["kept", "prefix"],
  signInTextCell: ["formula", "text"],
  valueUnderMerge: ["refused", "dropped"],
};

export const DEFAULT_VARIANTS: Readonly<HostVariants> = {
  apostropheInTextCell: "kept",
  signInTextCell: "formula",
  valueUnderMerge: "refused",
};

/** What `window.preview.variants()` lists: each variant's value now and the values it takes. */
export type VariantListing = { [K in VariantName]: { value: HostVariants[K]; values: readonly HostVariants[K][] } };

export function listVariants(current: Readonly<HostVariants>): VariantListing {
  return {
    apostropheInTextCell: { value: current.apostropheInTextCell, values: VARIANT_VALUES.apostropheInTextCell },
    signInTextCell: { value: current.signInTextCell, values: VARIANT_VALUES.signInTextCell },
    valueUnderMerge: { value: current.valueUnderMerge, values: VARIANT_VALUES.valueUnderMerge },
  };
}

/**
 * The variants' combinations a test of written text must hold under: every pairing of the two that decide what a
 * Text cell keeps, with the rest at their defaults.
 */
export function everyVariant(): HostVariants[] {
  return VARIANT_VALUES.apostropheInTextCell.flatMap((apostropheInTextCell) =>
    VARIANT_VALUES.signInTextCell.map((signInTextCell) => ({
      ...DEFAULT_VARIANTS,
      apostropheInTextCell,
      signInTextCell,
    }))
  );
}

/** Sets one variant by name, refusing a name or value the host does not model. */
export function setVariant(variants: HostVariants, name: string, value: string): void {
  if (!Object.prototype.hasOwnProperty.call(VARIANT_VALUES, name))
    throw new Error(`No host variant is named "${name}": ${Object.keys(VARIANT_VALUES).join(", ")}.`);
  const values = VARIANT_VALUES[name as VariantName] as readonly string[];
  if (!values.includes(value)) throw new Error(`The variant "${name}" takes ${values.join(" or ")}, not "${value}".`);
  (variants as unknown as Record<string, string>)[name] = value;
}
