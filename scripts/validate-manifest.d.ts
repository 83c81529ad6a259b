export function validateManifest(
  manifestPath: string,
  schemaDirectory?: string
): Promise<{ valid: boolean; errors: string[] }>;
export function defaultSchemaDirectory(): string;
