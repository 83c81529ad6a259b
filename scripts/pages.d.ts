/** Every support and privacy page in every language, as [file name, HTML]; `contact` is the deploying admin's. */
export function pages(contact?: string): [string, string][];
export const LANGUAGES: readonly string[];
