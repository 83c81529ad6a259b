/**
 * The Web Worker that reads a store export and makes its rows ready for the table (reading/fileReading.ts), so that
 * the pane's page only sends them to Excel: decoding, parsing, normalising, masking, de-duplication and the kept
 * sums' change all run here.
 */
import type { ReadingPort } from "./protocol";
import { serveReading } from "./serve";

serveReading(self as unknown as ReadingPort);
