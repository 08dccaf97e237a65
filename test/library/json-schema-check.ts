/**
 * A small JSON Schema (draft 2020-12) validator for the keywords the generated schemas use, so that
 * the tests validate outputs against the shipped schema files without a validator library (none
 * is installed). A keyword it does not know is an error, never silently passed.
 */
type Schema = boolean | { [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', 'default', 'examples', 'format', 'deprecated', 'readOnly', 'writeOnly']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function isType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeOf(value) === type;
}

/** The errors of `value` against `schema` (an empty list when it is valid), each with its JSON pointer. */
export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (ref: string): Schema => {
    if (!ref.startsWith('#/')) throw new Error(`Expected a local $ref, got ${ref}`);
    let node: unknown = root;
    for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    if (node === undefined) throw new Error(`Expected ${ref} in the schema, got nothing`);
    return node as Schema;
  };
  const check = (schema: Schema, v: unknown, at: string): boolean => {
    const before = errors.length;
    const fail = (why: string) => errors.push(`${at || '/'}: ${why}`);
    if (schema === true) return true;
    if (schema === false) {
      fail('not allowed');
      return false;
    }
    for (const [keyword, arg] of Object.entries(schema)) {
      if (ANNOTATIONS.has(keyword)) continue;
      switch (keyword) {
        case '$ref':
          check(resolve(arg as string), v, at);
          break;
        case 'type': {
          const types = Array.isArray(arg) ? (arg as string[]) : [arg as string];
          if (!types.some((t) => isType(v, t))) fail(`expected ${types.join('|')}, got ${typeOf(v)}`);
          break;
        }
        case 'enum':
          if (!(arg as unknown[]).some((x) => JSON.stringify(x) === JSON.stringify(v))) fail(`expected one of ${JSON.stringify(arg)}, got ${JSON.stringify(v)}`);
          break;
        case 'const':
          if (JSON.stringify(arg) !== JSON.stringify(v)) fail(`expected ${JSON.stringify(arg)}, got ${JSON.stringify(v)}`);
          break;
        case 'anyOf':
        case 'oneOf': {
          const passing = (arg as Schema[]).filter((s) => {
            const mark = errors.length;
            const ok = check(s, v, at);
            errors.length = mark;
            return ok;
          }).length;
          if (keyword === 'anyOf' ? passing === 0 : passing !== 1) fail(`${keyword}: ${passing} of ${(arg as Schema[]).length} match`);
          break;
        }
        case 'allOf':
          for (const s of arg as Schema[]) check(s, v, at);
          break;
        case 'properties':
          if (typeOf(v) === 'object') for (const [k, s] of Object.entries(arg as Record<string, Schema>)) if (k in (v as object)) check(s, (v as Record<string, unknown>)[k], `${at}/${k}`);
          break;
        case 'required':
          if (typeOf(v) === 'object') for (const k of arg as string[]) if (!(k in (v as object))) fail(`missing ${k}`);
          break;
        case 'additionalProperties':
          if (typeOf(v) === 'object') {
            const named = new Set(Object.keys((schema.properties as object | undefined) ?? {}));
            for (const [k, x] of Object.entries(v as object)) if (!named.has(k)) check(arg as Schema, x, `${at}/${k}`);
          }
          break;
        case 'propertyNames':
          if (typeOf(v) === 'object') for (const k of Object.keys(v as object)) check(arg as Schema, k, `${at}/${k}`);
          break;
        case 'prefixItems':
          if (Array.isArray(v)) (arg as Schema[]).forEach((s, i) => i < v.length && check(s, v[i], `${at}/${i}`));
          break;
        case 'items':
          if (Array.isArray(v)) {
            const from = Array.isArray(schema.prefixItems) ? schema.prefixItems.length : 0;
            for (let i = from; i < v.length; i++) check(arg as Schema, v[i], `${at}/${i}`);
          }
          break;
        case 'minItems':
          if (Array.isArray(v) && v.length < (arg as number)) fail(`fewer than ${arg} items`);
          break;
        case 'maxItems':
          if (Array.isArray(v) && v.length > (arg as number)) fail(`more than ${arg} items`);
          break;
        case 'minimum':
          if (typeof v === 'number' && v < (arg as number)) fail(`below ${arg}`);
          break;
        case 'maximum':
          if (typeof v === 'number' && v > (arg as number)) fail(`above ${arg}`);
          break;
        case 'exclusiveMinimum':
          if (typeof v === 'number' && v <= (arg as number)) fail(`not above ${arg}`);
          break;
        case 'exclusiveMaximum':
          if (typeof v === 'number' && v >= (arg as number)) fail(`not below ${arg}`);
          break;
        case 'minLength':
          if (typeof v === 'string' && [...v].length < (arg as number)) fail(`shorter than ${arg}`);
          break;
        case 'maxLength':
          if (typeof v === 'string' && [...v].length > (arg as number)) fail(`longer than ${arg}`);
          break;
        case 'pattern':
          if (typeof v === 'string' && !new RegExp(arg as string, 'u').test(v)) fail(`does not match ${arg}`);
          break;
        default:
          throw new Error(`Expected a JSON Schema keyword this validator knows, got "${keyword}" at ${at || '/'}`);
      }
    }
    return errors.length === before;
  };
  check(root, value, '');
  return errors;
}
