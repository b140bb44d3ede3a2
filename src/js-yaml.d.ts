/** The part of js-yaml (a dependency of Docusaurus) that src/data/results/load.ts uses. */
declare module 'js-yaml' {
  interface LoadOptions {
    filename?: string;
    schema?: unknown;
  }
  const yaml: {
    load(source: string, options?: LoadOptions): unknown;
    dump(value: unknown, options?: {lineWidth?: number; flowLevel?: number}): string;
    CORE_SCHEMA: unknown;
  };
  export default yaml;
}
