/**
 * Every test file starts with the pane's words loaded in every language, as a command has them once it has started
 * (commands/outcome.ts): tests that word a plan or a problem directly need them. The store-data and review words
 * are left to the commands that load them.
 */
import { loadWords } from "../src/wording";

beforeAll(() => loadWords("pane"));
