// Flattens a JSON Schema (as the contract's generator writes it) into the rows a person reads: a dotted
// field path, its type in words and whether it is required. References to shared components are followed;
// nesting stops at a depth, so a recursive shape cannot run away.
import type { JsonSchemaNode } from './apiDocument';

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
}

const MAX_DEPTH = 4;
type Node = JsonSchemaNode & {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Node[];
  oneOf?: Node[];
  additionalProperties?: Node;
};

function resolve(node: Node, components: Record<string, JsonSchemaNode>): Node {
  const ref = node.$ref?.replace('#/components/schemas/', '');
  return ref && components[ref] ? (components[ref] as Node) : node;
}

/** A short type in words: "string", "number", "one of: a | b", "array of object", "map of string". */
export function typeOf(raw: Node, components: Record<string, JsonSchemaNode>): string {
  const node = resolve(raw, components);
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return `one of: ${node.enum.map((value) => JSON.stringify(value)).join(' | ')}`;
  const options = node.anyOf ?? node.oneOf;
  if (options) return [...new Set(options.map((option) => typeOf(option, components)))].join(' | ');
  if (node.type === 'array') return `array of ${node.items ? typeOf(node.items, components) : 'any'}`;
  if (node.type === 'object' && !node.properties && node.additionalProperties) return `map of ${typeOf(node.additionalProperties, components)}`;
  if (Array.isArray(node.type)) return node.type.join(' | ');
  return node.type ?? 'any';
}

export function schemaFields(raw: JsonSchemaNode, components: Record<string, JsonSchemaNode>, prefix = '', depth = 0): FieldRow[] {
  const node = resolve(raw as Node, components);
  if (node.type === 'array' && node.items && depth < MAX_DEPTH) return schemaFields(node.items, components, `${prefix}[]`, depth + 1);
  const options = node.anyOf ?? node.oneOf;
  if (options && depth < MAX_DEPTH) {
    const rows = options.flatMap((option) => schemaFields(option, components, prefix, depth + 1));
    return rows.filter((row, i) => rows.findIndex((other) => other.name === row.name) === i);
  }
  if (!node.properties) return [];
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties).flatMap(([key, child]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    const row = { name, type: typeOf(child, components), required: required.has(key) };
    return depth < MAX_DEPTH ? [row, ...schemaFields(child, components, name, depth + 1)] : [row];
  });
}
