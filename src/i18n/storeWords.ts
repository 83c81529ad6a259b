/**
 * The store-data commands' words, added to the catalogues when this module loads: each of those commands imports it,
 * so its words are there before it says anything, and the pane's page does not carry them.
 */
import { addWords } from "./index";
import { storeDataEnUS } from "./storeData.en-US";
import { storeDataZhCN } from "./storeData.zh-CN";

addWords(storeDataEnUS, storeDataZhCN);
