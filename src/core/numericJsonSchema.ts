// The JSON Schema of a Numeric as a JSON file can hold it: a number within the safe range or a
// plain decimal string. The string pattern is the one readNumeric (src/core/numeric.ts) accepts;
// test/schemas/numericJsonSchema.test.ts checks the two agree.

const SAFE = Number.MAX_SAFE_INTEGER;
const PLAIN_DECIMAL = "^[+-]?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?$";
// A non-negative plain decimal: no minus sign, except on a zero ("-0", "-0.00e5").
const NON_NEGATIVE_DECIMAL = "^(?:\\+?\\d+(?:\\.\\d+)?|-0+(?:\\.0+)?)(?:[eE][+-]?\\d+)?$";

/**
 * JSON Schema of a Numeric in a JSON file.
 *
 * @returns A fresh JSON Schema object.
 * @internal
 */
export function numericJsonSchema(): object {
  return {
    anyOf: [
      { type: "number", minimum: -SAFE, maximum: SAFE },
      { type: "string", pattern: PLAIN_DECIMAL },
    ],
  };
}

/**
 * JSON Schema of a non-negative Numeric (a weight) in a JSON file.
 *
 * @returns A fresh JSON Schema object.
 * @internal
 */
export function nonNegativeNumericJsonSchema(): object {
  return {
    anyOf: [
      { type: "number", minimum: 0, maximum: SAFE },
      { type: "string", pattern: NON_NEGATIVE_DECIMAL },
    ],
  };
}
