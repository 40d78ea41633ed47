// Minimal types for geojson-validation 1.x (the package ships none).
declare module 'geojson-validation' {
  type Definition = (object: unknown) => string | string[] | void;
  export function define(type: string, definition: Definition): void;
  export function valid(object: unknown, trace: true): string[];
  export function valid(object: unknown, trace?: false): boolean;
  export function isFeature(object: unknown, trace: true): string[];
  export function isFeature(object: unknown, trace?: false): boolean;
  export function isFeatureCollection(object: unknown, trace: true): string[];
  export function isFeatureCollection(object: unknown, trace?: false): boolean;
}
