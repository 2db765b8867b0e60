// Typed readers for fields of parsed JSON documents (model cards, test vectors, clip sidecars).
// Each reader throws a JsonFieldError that names the document, the field path, the value found
// and what was expected.

export type JsonObject = Record<string, unknown>;

export class JsonFieldError extends Error {
  readonly document: string;
  readonly field: string;
  readonly value: unknown;
  readonly expected: string;

  constructor(document: string, field: string, value: unknown, expected: string) {
    super(`Invalid ${document}: field "${field}" is ${describeValue(value)}, expected ${expected}.`);
    this.name = 'JsonFieldError';
    this.document = document;
    this.field = field;
    this.value = value;
    this.expected = expected;
  }
}

const MAX_VALUE_TEXT = 60;

export function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'missing';
  }
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_TEXT ? `${text.slice(0, MAX_VALUE_TEXT)}…` : text;
}

/** Reads fields of one JSON object and reports errors under `prefix` (for example "input."). */
export class FieldReader {
  readonly document: string;
  readonly prefix: string;
  readonly object: JsonObject;

  constructor(document: string, object: JsonObject, prefix = '') {
    this.document = document;
    this.object = object;
    this.prefix = prefix;
  }

  static fromRoot(document: string, value: unknown): FieldReader {
    if (!isJsonObject(value)) {
      throw new Error(`Invalid ${document}: expected a JSON object, got ${describeValue(value)}.`);
    }
    return new FieldReader(document, value);
  }

  path(key: string): string {
    return this.prefix + key;
  }

  fail(key: string, expected: string): never {
    throw new JsonFieldError(this.document, this.path(key), this.object[key], expected);
  }

  has(key: string): boolean {
    return this.object[key] !== undefined;
  }

  child(key: string): FieldReader {
    const value = this.object[key];
    if (!isJsonObject(value)) {
      this.fail(key, 'an object');
    }
    return new FieldReader(this.document, value, `${this.path(key)}.`);
  }

  optionalChild(key: string): FieldReader | undefined {
    return this.has(key) ? this.child(key) : undefined;
  }

  constant<T extends string | number>(key: string, expected: T): T {
    if (this.object[key] !== expected) {
      this.fail(key, JSON.stringify(expected));
    }
    return expected;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const value = this.object[key];
    if (typeof value !== 'string' || !allowed.includes(value as T)) {
      this.fail(key, `one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}`);
    }
    return value as T;
  }

  string(key: string): string {
    const value = this.object[key];
    if (typeof value !== 'string' || value.length === 0) {
      this.fail(key, 'a non-empty string');
    }
    return value;
  }

  optionalString(key: string): string | undefined {
    return this.has(key) ? this.string(key) : undefined;
  }

  number(key: string, check: NumberCheck = {}): number {
    const value = this.object[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || !passesCheck(value, check)) {
      this.fail(key, describeCheck(check));
    }
    return value;
  }

  numberArray(key: string, length: number | undefined, check: NumberCheck = {}): number[] {
    const value = this.object[key];
    const valid =
      Array.isArray(value) &&
      (length === undefined || value.length === length) &&
      value.every((item) => typeof item === 'number' && Number.isFinite(item) && passesCheck(item, check));
    if (!valid) {
      const size = length === undefined ? 'an array' : `an array of ${length} items`;
      this.fail(key, `${size}, each ${describeCheck(check)}`);
    }
    return value as number[];
  }

  array(key: string): unknown[] {
    const value = this.object[key];
    if (!Array.isArray(value)) {
      this.fail(key, 'an array');
    }
    return value;
  }
}

export interface NumberCheck {
  integer?: boolean;
  min?: number;
  /** Exclusive lower bound. */
  above?: number;
  max?: number;
}

function passesCheck(value: number, check: NumberCheck): boolean {
  if (check.integer && !Number.isInteger(value)) {
    return false;
  }
  if (check.min !== undefined && value < check.min) {
    return false;
  }
  if (check.above !== undefined && value <= check.above) {
    return false;
  }
  if (check.max !== undefined && value > check.max) {
    return false;
  }
  return true;
}

function describeCheck(check: NumberCheck): string {
  const parts = [check.integer ? 'an integer' : 'a finite number'];
  if (check.above !== undefined) {
    parts.push(`> ${check.above}`);
  }
  if (check.min !== undefined) {
    parts.push(`>= ${check.min}`);
  }
  if (check.max !== undefined) {
    parts.push(`<= ${check.max}`);
  }
  return parts.join(' ');
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
